package org.guanxi.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.guanxi.core.Forbidden;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.NotFound;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Applies {@link Permissions} to every root field of GraphQL and writes every mutation into the
 * {@link AuditTrail}. The caller is taken from the security context when the request arrives and carried in the
 * GraphQL context.
 */
@Component
class GraphQlGuard extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

	static final String CALLER = Caller.class.getName();

	static final String ADDRESS = GraphQlGuard.class.getName() + ".address";

	private final AuditTrail audit;

	GraphQlGuard(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Callers.current().ifPresent(caller -> request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(CALLER, caller, ADDRESS, String.valueOf(request.getRemoteAddress())))
			.build()));
		return chain.next(request);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			// read from its parent object, no root field: graphql-java then builds neither its step nor its
			// environment, and neither does this
			return dataFetcher;
		}
		GraphQLObjectType parent = parameters.getExecutionStepInfo().getObjectType();
		GraphQLSchema schema = parameters.getExecutionContext().getGraphQLSchema();
		if (parent == null) {
			return dataFetcher;
		}
		boolean mutation = parent == schema.getMutationType();
		if (!mutation && parent != schema.getQueryType()) {
			return dataFetcher;
		}
		String field = parameters.getField().getName();
		if (field.startsWith("__")) {
			return dataFetcher;
		}
		return mutation ? audited(dataFetcher, field) : guardedQuery(dataFetcher, field);
	}

	private static DataFetcher<?> guardedQuery(DataFetcher<?> dataFetcher, String field) {
		return env -> {
			Permissions.checkQuery(caller(env), field);
			return dataFetcher.get(env);
		};
	}

	private DataFetcher<?> audited(DataFetcher<?> dataFetcher, String field) {
		return env -> {
			Caller caller = caller(env);
			Object result;
			try {
				Permissions.checkMutation(caller, field, env.getArguments());
				result = dataFetcher.get(env);
			}
			catch (Exception ex) {
				record(env, caller, field, null, ex);
				throw ex;
			}
			if (result instanceof CompletionStage<?> later) {
				return later.whenComplete((value, ex) -> record(env, caller, field, value, ex));
			}
			record(env, caller, field, result, null);
			return result;
		};
	}

	static Caller caller(DataFetchingEnvironment env) {
		Caller caller = env.getGraphQlContext().get(CALLER);
		if (caller == null) {
			caller = Callers.current().orElseThrow(() -> new Forbidden("Sign in first."));
		}
		return caller;
	}

	private void record(DataFetchingEnvironment env, Caller caller, String field, Object result, Throwable failure) {
		List<String> ids = new ArrayList<>();
		collectIds(env.getArguments(), ids);
		// an error the controller's exception handlers turned into an answer comes back as a result with errors
		String refused = result instanceof DataFetcherResult<?> answer && answer.hasErrors()
				? String.valueOf(answer.getErrors().get(0).getErrorType()) : null;
		Object value = result instanceof DataFetcherResult<?> answer ? answer.getData() : result;
		if (value != null && failure == null && refused == null) {
			resultId(value, ids);
		}
		Object input = env.getArguments().get("input");
		List<String> fields = input instanceof Map<?, ?> map
				? map.keySet().stream().map(String::valueOf).filter(k -> !k.equals("password")).sorted().toList()
				: List.of();
		this.audit.record(caller.username(), field, ids.stream().distinct().toList(), fields,
				refused != null ? refused : outcome(failure),
				env.getGraphQlContext().get(ADDRESS));
	}

	private static void collectIds(Map<?, ?> arguments, List<String> ids) {
		arguments.forEach((key, value) -> {
			String name = String.valueOf(key);
			if (value instanceof Map<?, ?> nested) {
				collectIds(nested, ids);
			}
			else if (value instanceof String text && (name.equals("id") || name.endsWith("Id") || name.equals("username"))) {
				ids.add(text);
			}
			else if (value instanceof Collection<?> list && name.endsWith("Ids")) {
				list.forEach(v -> ids.add(String.valueOf(v)));
			}
		});
	}

	private static void resultId(Object result, List<String> ids) {
		try {
			var accessor = result.getClass().getMethod("id");
			if (accessor.invoke(result) instanceof String id) {
				ids.add(id);
			}
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// a result without id: the arguments' ids are all there is
		}
	}

	private static String outcome(Throwable failure) {
		Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
				: failure;
		if (cause == null) {
			return "OK";
		}
		if (cause instanceof Forbidden) {
			return "FORBIDDEN";
		}
		if (cause instanceof NotFound) {
			return "NOT_FOUND";
		}
		if (cause instanceof InvalidInput) {
			return "BAD_REQUEST";
		}
		return "FAILED";
	}

}
