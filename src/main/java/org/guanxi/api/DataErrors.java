package org.guanxi.api;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.guanxi.core.Messages;
import org.guanxi.core.Text;

/**
 * Errors in what is stored rather than in the request (e.g. values written outside Guanxi that it would have
 * refused): classified {@code DATA_ERROR} and returned beside the data they concern, so that one bad record is
 * reported on its own and does not fail a whole report.
 */
public final class DataErrors {

	/** The classification of such errors. */
	public static final ErrorClassification DATA_ERROR = ErrorClassification.errorClassification("DATA_ERROR");

	private DataErrors() {
	}

	/** The error, in the language of the request, on the field being fetched. */
	public static GraphQLError of(Text text, DataFetchingEnvironment env) {
		return GraphQLError.newError()
			.errorType(DATA_ERROR)
			.message(Messages.text(text, env.getLocale()))
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}

}
