package org.guanxi.api;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;

import org.springframework.graphql.execution.ErrorType;

/**
 * A request over one of the GraphQL limits ({@link GraphQlLimits}): refused as BAD_REQUEST before anything runs.
 * The message names the limit, what the request asked for and the setting that raises the limit; the error's
 * extensions carry the same as {@code limit}, {@code setting}, {@code max} and {@code actual}.
 */
final class LimitExceeded {

	private LimitExceeded() {
	}

	static AbortExecutionException depth(int actual, int max) {
		return abort("depth", "guanxi.graphql.max-depth", max, actual,
				"The query nests fields " + actual + " levels deep; at most " + max
						+ " are allowed. Ask for less in one request, or raise guanxi.graphql.max-depth.");
	}

	static AbortExecutionException rootFields(int actual, int max) {
		return abort("rootFields", "guanxi.graphql.max-root-fields", max, actual,
				"The operation asks for " + actual + " root fields; at most " + max
						+ " are allowed. Split it into several requests, or raise guanxi.graphql.max-root-fields.");
	}

	static AbortExecutionException aliases(long actual, int max) {
		return abort("aliases", "guanxi.graphql.max-aliases", max, actual,
				"The document uses " + actual + " aliases; at most " + max
						+ " are allowed. Split it into several requests, or raise guanxi.graphql.max-aliases.");
	}

	static AbortExecutionException operations(int actual, int max) {
		return abort("operations", "guanxi.graphql.max-operations", max, actual,
				"The document holds " + actual + " operations; at most " + max
						+ " are allowed. Send only the operations you run, or raise guanxi.graphql.max-operations.");
	}

	static AbortExecutionException cost(long actual, long max) {
		return abort("cost", "guanxi.graphql.max-cost", max, actual, "The query costs " + actual
				+ " (every field counts once per value it can return: times the page size, first or limit, or the cap of each list above it); the budget is "
				+ max + ". Ask for smaller pages or fewer nested lists, or raise guanxi.graphql.max-cost.");
	}

	static AbortExecutionException pageSize(String field, String argument, long actual, int max) {
		return abort("pageSize", null, max, actual, field + "(" + argument + ": " + actual + "): " + argument
				+ " must be between 1 and " + max + "; page through longer lists with after.");
	}

	/** An argument over an input limit (too long a text, too large a number). */
	static AbortExecutionException input(String message) {
		GraphQLError error = GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
		return new AbortExecutionException(java.util.List.of(error));
	}

	static String timeout(long seconds) {
		return "The request ran longer than the time limit of " + seconds
				+ " s and was stopped. Ask for less in one request (smaller pages, a shorter period), or raise guanxi.graphql.timeout.";
	}

	static String listTruncated(String field, int shown, String setting) {
		return field + " has more than " + shown + " items; only the first " + shown
				+ " are shown. Page through them with the matching root query, or raise " + setting + ".";
	}

	static String tokens(int max) {
		return "The document has more than " + max
				+ " tokens and was not read. Send a shorter document, or raise guanxi.graphql.max-tokens.";
	}

	static String bodySize(long max) {
		return "The request body is larger than " + max
				+ " bytes and was not read. Send a shorter request, or raise guanxi.graphql.max-body-size.";
	}

	private static AbortExecutionException abort(String limit, String setting, long max, long actual,
			String message) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("limit", limit);
		if (setting != null) {
			extensions.put("setting", setting);
		}
		extensions.put("max", max);
		extensions.put("actual", actual);
		GraphQLError error = GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(extensions)
			.build();
		return new AbortExecutionException(java.util.List.of(error));
	}

}
