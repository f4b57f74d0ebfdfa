package org.guanxi.api;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.guanxi.core.Forbidden;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.Messages;
import org.guanxi.core.NotFound;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps domain errors to GraphQL errors with the message the user acts on, in the language of the request. Anything else becomes an
 * INTERNAL_ERROR without details (no stack traces, no Cypher).
 */
@ControllerAdvice
class ErrorHandling {

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFound ex, DataFetchingEnvironment env) {
		return error(ErrorType.NOT_FOUND, Messages.text(ex.text(), env.getLocale()), env);
	}

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInput ex, DataFetchingEnvironment env) {
		return error(ErrorType.BAD_REQUEST, Messages.text(ex.text(), env.getLocale()), env);
	}

	@GraphQlExceptionHandler
	GraphQLError forbidden(Forbidden ex, DataFetchingEnvironment env) {
		return error(ErrorType.FORBIDDEN, ex.getMessage(), env);
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
