package org.guanxi.support;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one check of a call that must fail: exactly one error, of the given classification, whose message contains
 * every fragment.
 */
public final class GraphQlErrors {

	private GraphQlErrors() {
	}

	public static void assertFails(GraphQlTester.Response response, ErrorType type, String... fragments) {
		response.errors().satisfy(errors -> {
			assertThat(errors).as("errors of the call").hasSize(1);
			assertThat(errors.get(0).getErrorType()).as("classification of " + errors.get(0)).isEqualTo(type);
			assertThat(errors.get(0).getMessage()).contains(fragments);
		});
	}

}
