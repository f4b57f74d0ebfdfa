package org.guanxi.api;

import java.util.List;
import java.util.Locale;

import graphql.GraphQLError;
import graphql.parser.ParserOptions;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Gives the parser its limits ({@code guanxi.graphql.max-tokens}, the body size as the most characters), reports a
 * document the parser refused as BAD_REQUEST, and answers a request stopped at its time limit with that one error
 * and no data (the fields cut short would otherwise each report their missing value).
 */
@Component
class RequestLimitsInterceptor implements WebGraphQlInterceptor, Ordered {

	private final GraphQlLimits limits;

	private final ParserOptions parserOptions;

	RequestLimitsInterceptor(GraphQlLimits limits) {
		this.limits = limits;
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform(b -> b.maxTokens(limits.maxTokens())
				.maxCharacters((int) Math.min(Integer.MAX_VALUE, limits.maxBodySize().toBytes())));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(context -> context.put(ParserOptions.class, this.parserOptions))
			.build());
		return chain.next(request).map(response -> rewrite(inLanguage(response, request.getLocale()), request.getLocale()));
	}

	/** The errors over a limit in the language of the request. */
	private static WebGraphQlResponse inLanguage(WebGraphQlResponse response, Locale locale) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.stream().noneMatch(LimitExceeded.Error.class::isInstance)) {
			return response;
		}
		List<GraphQLError> translated = errors.stream()
			.map(e -> e instanceof LimitExceeded.Error limit ? limit.in(locale) : e)
			.toList();
		return response.transform(b -> b.errors(translated));
	}

	private WebGraphQlResponse rewrite(WebGraphQlResponse response, Locale locale) {
		List<ResponseError> errors = response.getErrors();
		if (errors.isEmpty()) {
			return response;
		}
		for (ResponseError error : errors) {
			if ("timeout".equals(error.getExtensions().get("limit"))) {
				return response.transform(b -> b.data(null).errors(List.of(copy(error, error.getMessage()))));
			}
		}
		if (errors.stream().noneMatch(e -> "InvalidSyntax".equals(String.valueOf(e.getErrorType())))) {
			return response;
		}
		List<GraphQLError> rewritten = errors.stream()
			.map(e -> "InvalidSyntax".equals(String.valueOf(e.getErrorType())) ? copy(e, syntax(e.getMessage(), locale))
					: copy(e, e.getMessage()))
			.toList();
		return response.transform(b -> b.errors(rewritten));
	}

	private String syntax(String message, Locale locale) {
		if (message != null && message.contains("cancelled")) {
			return LimitExceeded.tokens(this.limits.maxTokens(), locale) + " (" + message + ")";
		}
		return message;
	}

	private static GraphQLError copy(ResponseError error, String message) {
		GraphQLError.Builder<?> builder = GraphQLError.newError()
			.message(message)
			.errorType("InvalidSyntax".equals(String.valueOf(error.getErrorType())) ? ErrorType.BAD_REQUEST
					: error.getErrorType())
			.locations(error.getLocations())
			.extensions(error.getExtensions());
		if (!error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder.build();
	}

}
