package org.guanxi.api;


import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A query the database stopped at its transaction timeout (the request's time limit) is reported like the time
 * limit itself: BAD_REQUEST naming {@code guanxi.graphql.timeout}, not an internal error.
 */
@Component
class DatabaseTimeouts extends DataFetcherExceptionResolverAdapter {

	private final GraphQlLimits limits;

	DatabaseTimeouts(GraphQlLimits limits) {
		this.limits = limits;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (!timedOut(ex)) {
			return null;
		}
		return RequestLimits.timeoutError(this.limits, env);
	}

	static boolean timedOut(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().contains("TransactionTimedOut")) {
				return true;
			}
		}
		return false;
	}

}
