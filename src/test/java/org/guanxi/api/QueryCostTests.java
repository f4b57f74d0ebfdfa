package org.guanxi.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cost of queries against Guanxi's schema, worked out by hand with the default caps (500 for nested lists,
 * 100,000 for report rows).
 */
class QueryCostTests {

	private static final GraphQlLimits LIMITS = new GraphQlLimits(12, 20, 50, 10, 15000, 50_000_000, 500, 100_000,
			Duration.ofSeconds(30), DataSize.ofMegabytes(1));

	private static GraphQLSchema schema;

	@BeforeAll
	static void schema() throws Exception {
		GraphQLScalarType date = GraphQLScalarType.newScalar().name("Date").coercing(new ScalarConfiguration.DateCoercing()).build();
		GraphQLScalarType dateTime = GraphQLScalarType.newScalar()
			.name("DateTime")
			.coercing(new ScalarConfiguration.DateTimeCoercing(java.time.Clock.systemUTC()))
			.build();
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.scalar(date)
			.scalar(dateTime)
			.type("Entity", t -> t.typeResolver(env -> null))
			.type("ReferralSource", t -> t.typeResolver(env -> null))
			.build();
		schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse(Files.readString(Path.of("schema.graphqls"))), wiring);
	}

	private static long cost(String query) {
		return cost(query, Map.of());
	}

	private static long cost(String query, Map<String, Object> variables) {
		Document document = Parser.parse(query);
		Map<String, FragmentDefinition> fragments = new java.util.HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
		return QueryCost.of(document.getDefinitionsOfType(OperationDefinition.class).get(0), schema, LIMITS,
				CoercedVariables.of(variables), fragments);
	}

	@Test
	void aPageCountsItsSizeAndNestedListsTheirCap() {
		// accounts: 10 x (1 + edges 1 x (1 + node (1 + id 1 + people 500 x (1 + name 1)))) = 10 x 1004
		assertThat(cost("{ accounts(first: 10) { edges { node { id people { name } } } } }")).isEqualTo(10_040);
		// the page size from a variable; the default (20) when absent
		assertThat(cost("query($n: Int) { accounts(first: $n) { totalCount } }", Map.of("n", 7))).isEqualTo(14);
		assertThat(cost("{ accounts { totalCount } }")).isEqualTo(40);
	}

	@Test
	void enumListsCountTheirValuesReportsTheirRowsAndFragmentsWhatTheyHold() {
		// person 1 x (1 + buyingRoles 6 values) = 7
		assertThat(cost("{ person(id: \"p\") { buyingRoles } }")).isEqualTo(7);
		// abcAnalysis 1 x (1 + entries 100,000 x (1 + abcClass 1)) = 200,001
		assertThat(cost("{ abcAnalysis { entries { abcClass } } }")).isEqualTo(200_001);
		// the same through a fragment, and __typename costs nothing
		assertThat(cost("{ abcAnalysis { entries { ...e __typename } } } fragment e on AbcEntry { abcClass }"))
			.isEqualTo(200_001);
	}

	@Test
	void aPageOverItsMaximumIsRefusedBeforeCosting() {
		assertThatThrownBy(() -> cost("{ person(id: \"p\") { interactions(first: 101) { id } } }"))
			.isInstanceOfSatisfying(AbortExecutionException.class, ex -> assertThat(ex.getUnderlyingErrors().get(0).getMessage())
				.contains("Person.interactions(first: 101): first must be between 1 and 100"));
	}

	@Test
	void costsSaturateInsteadOfOverflowing() {
		String deep = "{ salesReps { accounts { people { knows { other { ... on Person { account { people { knows {"
				+ " other { ... on Person { account { people { id } } } } } } } } } } } } } }";
		assertThat(cost(deep)).isEqualTo(Long.MAX_VALUE);
	}

}
