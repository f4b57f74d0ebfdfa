package org.guanxi.api;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.NotFound;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps domain errors to GraphQL errors with the message the user acts on. Anything else becomes an
 * INTERNAL_ERROR without details (no stack traces, no Cypher).
 */
@ControllerAdvice
class ErrorHandling {

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFound ex, DataFetchingEnvironment env) {
		return error(ErrorType.NOT_FOUND, ex.getMessage(), env);
	}

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInput ex, DataFetchingEnvironment env) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), env);
	}

	private static GraphQLError error(ErrorType type, String message, DataFetchingEnvironment env) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}

}
