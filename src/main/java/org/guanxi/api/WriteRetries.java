package org.guanxi.api;

import java.util.concurrent.ThreadLocalRandom;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Runs a GraphQL write again when the database reports a transient failure (a deadlock between two writers, a
 * leader switch in a cluster), as the driver's managed transactions do: each attempt is a whole transaction of
 * its own (the services open and close it), the next one starts after a short random pause, at most
 * {@value #ATTEMPTS} attempts.
 */
@Component
class WriteRetries extends SimplePerformantInstrumentation {

	static final int ATTEMPTS = 5;

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return fetcher; // read from its parent object: no mutation
		}
		GraphQLObjectType type = parameters.getExecutionStepInfo().getObjectType();
		if (type == null || !"Mutation".equals(type.getName())) {
			return fetcher;
		}
		return env -> {
			for (int attempt = 1;; attempt++) {
				try {
					return fetcher.get(env);
				}
				catch (RuntimeException ex) {
					if (attempt >= ATTEMPTS || !isTransient(ex)) {
						throw ex;
					}
					pause(attempt);
				}
			}
		};
	}

	static boolean isTransient(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof TransientException || t instanceof TransientDataAccessException) {
				return true;
			}
		}
		return false;
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to retry a write", ex);
		}
	}

}
