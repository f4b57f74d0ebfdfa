package org.guanxi.api;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.validation.ValidationError;
import org.guanxi.core.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * Enforces {@link GraphQlLimits} on every request: the document's shape before validation, the cost (and page
 * sizes) before execution, the time limit while fields are fetched, and the caps of lists without page
 * arguments, whose truncation is reported as an error on the list.
 */
@Component
class RequestLimits extends SimplePerformantInstrumentation {

	private final GraphQlLimits limits;

	RequestLimits(GraphQlLimits limits) {
		this.limits = limits;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Deadline(System.nanoTime() + this.limits.timeout().toNanos());
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		QueryShape.check(parameters.getDocument(), this.limits);
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		long cost;
		try {
			cost = QueryCost.of(context.getOperationDefinition(), context.getGraphQLSchema(), this.limits,
					context.getCoercedVariables(), context.getFragmentsByName());
		}
		catch (InvalidInput ex) {
			throw LimitExceeded.input(ex.getMessage());
		}
		if (cost > this.limits.maxCost()) {
			throw LimitExceeded.cost(cost, this.limits.maxCost());
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		Deadline deadline = (Deadline) state;
		if (parameters.isTrivialDataFetcher() && fetcher instanceof LightDataFetcher<?> light) {
			return lightlyCapped(light, deadline);
		}
		int cap = cap(parameters.getField(), parameters.getExecutionStepInfo().getObjectType());
		if (cap == 0 && parameters.isTrivialDataFetcher()) {
			return fetcher;
		}
		return env -> {
			if (deadline.passed()) {
				return deadline.firstReport() ? DataFetcherResult.newResult().error(timeout(env)).build() : null;
			}
			Object result = fetcher.get(env);
			return cap == 0 || paged(env) ? result : truncated(result, cap, env);
		};
	}

	/**
	 * A field read from its parent object, capped when its value is a list: graphql-java builds neither the
	 * field's step nor its environment for such fields, and so neither does this for values that are no list.
	 */
	private LightDataFetcher<Object> lightlyCapped(LightDataFetcher<?> light, Deadline deadline) {
		return new LightDataFetcher<>() {
			@Override
			public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env)
					throws Exception {
				Object value = light.get(field, source, env);
				return (value instanceof List<?>) ? capped(value, field, env.get(), deadline) : value;
			}

			@Override
			public Object get(DataFetchingEnvironment env) throws Exception {
				return capped(light.get(env), env.getFieldDefinition(), env, deadline);
			}
		};
	}

	private Object capped(Object value, GraphQLFieldDefinition field, DataFetchingEnvironment env, Deadline deadline) {
		if (deadline.passed()) {
			return deadline.firstReport() ? DataFetcherResult.newResult().error(timeout(env)).build() : null;
		}
		int cap = cap(field, env.getParentType() instanceof GraphQLFieldsContainer parent ? parent : null);
		return cap == 0 || paged(env) ? value : truncated(value, cap, env);
	}

	/**
	 * The cap of a list whose page size may be left out: a list without page arguments, or one whose {@code first}
	 * has no default and no cursor goes with it ({@code salesReps}, {@code AbcAnalysis.entries},
	 * {@code overdueAccounts}...), which is cut only when the request gives no {@code first} ({@link #paged}); 0 for
	 * any other field. Read from the field's definition and parent type, not from its environment, which
	 * graphql-java then need not build for fields read from their parent object.
	 */
	private int cap(GraphQLFieldDefinition definition, GraphQLFieldsContainer parent) {
		GraphQLArgument first = definition.getArgument("first");
		if (!(GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList)
				|| (first != null && (first.hasSetDefaultValue() || definition.getArgument("after") != null))
				|| definition.getArgument("limit") != null || parent == null || parent.getName().startsWith("__")
				|| parent.getName().endsWith("Connection")) {
			return 0;
		}
		boolean report = QueryCost.REPORT_LISTS.contains(parent.getName() + "." + definition.getName());
		return report ? this.limits.maxReportRows() : this.limits.maxListSize();
	}

	/** Whether the request gives the list a page size of its own, which then bounds it instead of its cap. */
	private static boolean paged(DataFetchingEnvironment env) {
		return env.getArgument("first") != null;
	}

	private Object truncated(Object result, int cap, DataFetchingEnvironment env) {
		if (result instanceof CompletionStage<?> stage) {
			return stage.thenApply(value -> truncated(value, cap, env));
		}
		if (result instanceof DataFetcherResult<?> wrapped && wrapped.getData() instanceof List<?> list
				&& list.size() > cap) {
			return DataFetcherResult.newResult()
				.data(list.subList(0, cap))
				.errors(wrapped.getErrors())
				.error(truncation(env, cap))
				.localContext(wrapped.getLocalContext())
				.build();
		}
		if (result instanceof List<?> list && list.size() > cap) {
			return DataFetcherResult.newResult().data(list.subList(0, cap)).error(truncation(env, cap)).build();
		}
		return result;
	}

	private GraphQLError truncation(DataFetchingEnvironment env, int cap) {
		String field = ((GraphQLFieldsContainer) env.getParentType()).getName() + "." + env.getField().getName();
		boolean report = QueryCost.REPORT_LISTS.contains(field);
		String setting = report ? "guanxi.graphql.max-report-rows" : "guanxi.graphql.max-list-size";
		return LimitExceeded.listTruncated(field, cap, setting, env.getExecutionStepInfo().getPath(),
				env.getField().getSourceLocation());
	}

	private GraphQLError timeout(DataFetchingEnvironment env) {
		return timeoutError(this.limits, env);
	}

	/** The error of a field that ran past the request's time limit; for the request's and the database's time-out. */
	static GraphQLError timeoutError(GraphQlLimits limits, DataFetchingEnvironment env) {
		return LimitExceeded.timeout(limits.timeout().toSeconds(), env.getExecutionStepInfo().getPath(),
				env.getField().getSourceLocation());
	}

	/** When the request must be done; the first field fetched after it reports the time-out. */
	static final class Deadline implements InstrumentationState {

		private final long at;

		private final AtomicBoolean reported = new AtomicBoolean();

		Deadline(long at) {
			this.at = at;
		}

		boolean passed() {
			return System.nanoTime() - this.at > 0;
		}

		boolean firstReport() {
			return this.reported.compareAndSet(false, true);
		}

	}

}
