package org.guanxi.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import org.guanxi.core.Messages;
import org.guanxi.core.Text;

import org.springframework.graphql.execution.ErrorType;

/**
 * A request over one of the GraphQL limits ({@link GraphQlLimits}): refused as BAD_REQUEST before anything runs.
 * The message names the limit, what the request asked for and the setting that raises the limit; the error's
 * extensions carry the same as {@code limit}, {@code setting}, {@code max} and {@code actual}. The errors keep
 * their text ({@link Error}), so that {@link RequestLimitsInterceptor} puts them into the words of the request's
 * language.
 */
final class LimitExceeded {

	private LimitExceeded() {
	}

	static AbortExecutionException depth(int actual, int max) {
		return abort("depth", "guanxi.graphql.max-depth", max, actual, Text.of("limit.depth", actual, max));
	}

	static AbortExecutionException rootFields(int actual, int max) {
		return abort("rootFields", "guanxi.graphql.max-root-fields", max, actual,
				Text.of("limit.rootFields", actual, max));
	}

	static AbortExecutionException aliases(long actual, int max) {
		return abort("aliases", "guanxi.graphql.max-aliases", max, actual, Text.of("limit.aliases", actual, max));
	}

	static AbortExecutionException operations(int actual, int max) {
		return abort("operations", "guanxi.graphql.max-operations", max, actual,
				Text.of("limit.operations", actual, max));
	}

	static AbortExecutionException cost(long actual, long max) {
		return abort("cost", "guanxi.graphql.max-cost", max, actual, Text.of("limit.cost", actual, max));
	}

	static AbortExecutionException pageSize(String field, String argument, long actual, int max) {
		return abort("pageSize", null, max, actual, Text.of("limit.pageSize", field, argument, actual, max));
	}

	/** An argument over an input limit (too long a text, too large a number). */
	static AbortExecutionException input(String message) {
		GraphQLError error = GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
		return new AbortExecutionException(List.of(error));
	}

	/** The error of a field that ran past the request's time limit. */
	static GraphQLError timeout(long seconds, ResultPath path, SourceLocation location) {
		return new Error(Text.of("limit.timeout", seconds), path.toList(), location,
				Map.of("limit", "timeout", "setting", "guanxi.graphql.timeout", "max", seconds));
	}

	/** The error of a list cut at its cap. */
	static GraphQLError listTruncated(String field, int shown, String setting, ResultPath path,
			SourceLocation location) {
		return new Error(Text.of("limit.listTruncated", field, shown, setting), path.toList(), location,
				Map.of("limit", "listSize", "setting", setting, "max", shown));
	}

	static String tokens(int max, Locale locale) {
		return Messages.text(Text.of("limit.tokens", max), locale);
	}

	static String bodySize(long max, Locale locale) {
		return Messages.text(Text.of("limit.bodySize", max), locale);
	}

	private static AbortExecutionException abort(String limit, String setting, long max, long actual, Text text) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("limit", limit);
		if (setting != null) {
			extensions.put("setting", setting);
		}
		extensions.put("max", max);
		extensions.put("actual", actual);
		return new AbortExecutionException(List.of(new Error(text, null, null, extensions)));
	}

	/** A BAD_REQUEST error over a limit, in English until {@link #in} puts it into another language. */
	static final class Error implements GraphQLError {

		private final Text text;

		private final String message;

		private final List<Object> path;

		private final List<SourceLocation> locations;

		private final Map<String, Object> extensions;

		Error(Text text, List<Object> path, SourceLocation location, Map<String, Object> extensions) {
			this(text, Messages.text(text, Locale.ENGLISH), path, location == null ? null : List.of(location),
					extensions);
		}

		private Error(Text text, String message, List<Object> path, List<SourceLocation> locations,
				Map<String, Object> extensions) {
			this.text = text;
			this.message = message;
			this.path = path;
			this.locations = locations;
			this.extensions = extensions;
		}

		/** The same error in the language of the locale. */
		Error in(Locale locale) {
			return new Error(this.text, Messages.text(this.text, locale), this.path, this.locations, this.extensions);
		}

		@Override
		public String getMessage() {
			return this.message;
		}

		@Override
		public List<SourceLocation> getLocations() {
			return this.locations;
		}

		@Override
		public ErrorClassification getErrorType() {
			return ErrorType.BAD_REQUEST;
		}

		@Override
		public List<Object> getPath() {
			return this.path;
		}

		@Override
		public Map<String, Object> getExtensions() {
			return this.extensions;
		}

	}

}
