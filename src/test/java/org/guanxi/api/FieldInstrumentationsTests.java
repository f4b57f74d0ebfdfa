package org.guanxi.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.guanxi.support.GraphQlTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain of instrumentations answers at once the steps of a field none of them watches, and still gives every
 * instrumentation the steps it does watch and every data fetcher, in order.
 */
class FieldInstrumentationsTests extends GraphQlTestBase {

	@Autowired
	private GraphQlSource source;

	@Test
	void theServiceRunsItsInstrumentationsInTheChain() {
		assertThat(this.source.graphQl().getInstrumentation()).isInstanceOf(FieldInstrumentations.Chain.class);
		List<Instrumentation> chained = ((FieldInstrumentations.Chain) this.source.graphQl().getInstrumentation())
			.getInstrumentations();
		assertThat(chained).hasAtLeastOneElementOfType(RequestLimits.class)
			.hasAtLeastOneElementOfType(Languages.TextInstrumentation.class);
		this.graphQl.document("{ abcAnalysis { totalRevenue } __typename }")
			.execute()
			.path("__typename")
			.entity(String.class)
			.isEqualTo("Query");
	}


	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { entries: [Entry!]! } type Entry { id: ID! name: String! }"),
			RuntimeWiring.newRuntimeWiring()
				.type("Query", type -> type.dataFetcher("entries",
						env -> List.of(Map.of("id", "e-1", "name", "One"), Map.of("id", "e-2", "name", "Two"))))
				.build());

	@Test
	void stepsNoInstrumentationWatchesAreAnsweredAtOnce() {
		FieldInstrumentations.Chain chain = new FieldInstrumentations.Chain(
				List.of(new Renaming("a"), new Renaming("b")));
		assertThat(chain.beginFieldCompletion(null, null)).isSameAs(SimpleInstrumentationContext.noOp());
		assertThat(chain.beginFieldExecution(null, null)).isSameAs(SimpleInstrumentationContext.noOp());
		assertThat(chain.beginFieldListCompletion(null, null)).isSameAs(SimpleInstrumentationContext.noOp());

		ExecutionResult result = GraphQL.newGraphQL(SCHEMA).instrumentation(chain).build()
			.execute("{ entries { id name } }");
		assertThat(result.getErrors()).isEmpty();
		// both instrumentations wrapped every data fetcher, in the order of the chain
		assertThat(result.<Map<String, Object>>getData().toString())
			.isEqualTo("{entries=[{id=e-1ab, name=Oneab}, {id=e-2ab, name=Twoab}]}");
	}

	@Test
	void stepsAnInstrumentationWatchesReachIt() {
		Completions completions = new Completions();
		FieldInstrumentations.Chain chain = new FieldInstrumentations.Chain(
				List.of(new Renaming("a"), completions));
		ExecutionResult result = GraphQL.newGraphQL(SCHEMA).instrumentation(chain).build()
			.execute("{ entries { id name } }");
		assertThat(result.getErrors()).isEmpty();
		assertThat(completions.fields).containsExactly("entries", "id", "name", "id", "name");
		assertThat(FieldInstrumentations.Chain.anyOverrides(List.of(new Renaming("a")), "beginFieldCompletion",
				InstrumentationFieldCompleteParameters.class))
			.isFalse();
		assertThat(FieldInstrumentations.Chain.anyOverrides(List.<Instrumentation>of(new Renaming("a"), completions),
				"beginFieldCompletion", InstrumentationFieldCompleteParameters.class))
			.isTrue();
	}

	/** Adds a suffix to every text a field gives: watches no step, only the data fetchers. */
	static final class Renaming extends SimplePerformantInstrumentation {

		private final String suffix;

		Renaming(String suffix) {
			this.suffix = suffix;
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return env -> {
				Object value = fetcher.get(env);
				return (value instanceof String text) ? text + this.suffix : value;
			};
		}

	}

	/** Records the fields whose completion begins. */
	static final class Completions extends SimplePerformantInstrumentation {

		final List<String> fields = new ArrayList<>();

		@Override
		public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			this.fields.add(parameters.getField().getName());
			return SimpleInstrumentationContext.noOp();
		}

	}

}
