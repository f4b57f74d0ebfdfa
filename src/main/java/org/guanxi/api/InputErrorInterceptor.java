package org.guanxi.api;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLSchema;
import org.guanxi.core.Messages;
import org.guanxi.core.Text;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Reports invalid input values (unknown enum values, malformed dates, wrong types) as BAD_REQUEST, like every
 * other input error, in the language of the request, and lists the allowed values of an enum. Drops the "non-null field was null" errors that
 * only follow from an error already reported for the same field (e.g. an empty page after a bad cursor).
 */
@Component
class InputErrorInterceptor implements WebGraphQlInterceptor {

	private static final Pattern ENUM_TYPE = Pattern.compile("enum '(\\w+)'");

	private final GraphQlSource source;

	InputErrorInterceptor(GraphQlSource source) {
		this.source = source;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			List<ResponseError> causes = response.getErrors().stream().filter(e -> !isConsequence(e)).toList();
			if (causes.size() == response.getErrors().size() && causes.stream().noneMatch(InputErrorInterceptor::isInputError)) {
				return response;
			}
			List<GraphQLError> errors = response.getErrors()
				.stream()
				.filter(error -> !isConsequence(error) || !hasCauseAbove(error, causes))
				.map(error -> rewrite(error, request.getLocale()))
				.toList();
			return response.transform(builder -> builder.errors(errors));
		});
	}

	private static boolean isConsequence(ResponseError error) {
		return "NullValueInNonNullableField".equals(String.valueOf(error.getErrorType()));
	}

	private static boolean hasCauseAbove(ResponseError error, List<ResponseError> causes) {
		List<Object> path = error.getParsedPath();
		return causes.stream().anyMatch(cause -> !cause.getParsedPath().isEmpty()
				&& cause.getParsedPath().size() <= path.size()
				&& path.subList(0, cause.getParsedPath().size()).equals(cause.getParsedPath()));
	}

	private static boolean isInputError(ResponseError error) {
		return error.getErrorType() == ErrorType.ValidationError;
	}

	private GraphQLError rewrite(ResponseError error, Locale locale) {
		GraphQLError.Builder<?> builder = GraphQLError.newError()
			.message(isInputError(error) ? Messages.text(withAllowedValues(error.getMessage()), locale) : error.getMessage())
			.errorType(isInputError(error) ? org.springframework.graphql.execution.ErrorType.BAD_REQUEST
					: error.getErrorType())
			.locations(error.getLocations())
			.extensions(error.getExtensions());
		if (!error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder.build();
	}

	private Text withAllowedValues(String message) {
		Matcher matcher = ENUM_TYPE.matcher(message);
		if (!matcher.find()) {
			return Text.of("error.invalidRequest", message);
		}
		GraphQLSchema schema = this.source.schema();
		if (!(schema.getType(matcher.group(1)) instanceof GraphQLEnumType type)) {
			return Text.of("error.invalidRequest", message);
		}
		return Text.of("error.allowedValues", message, type.getName(),
				type.getValues().stream().map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", ")));
	}

}
