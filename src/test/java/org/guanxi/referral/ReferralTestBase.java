package org.guanxi.referral;


import org.guanxi.support.GraphQlErrors;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referral tests' fixture (fixtures/referrals.cypher) and error assertions.
 */
// the referral documents nest ties three levels deep, over the default request cost budget: these classes check
// the referral rules and batch loading, not the limits
@TestPropertySource(properties = "guanxi.graphql.max-cost=1000000000000")
abstract class ReferralTestBase extends GraphQlTestBase {

	@BeforeEach
	void loadReferrals() {
		TestNeo4j.load("fixtures/referrals.cypher");
	}

	protected long referralCount() {
		return TestNeo4j.count("MATCH ()-[r:REFERRED]->() RETURN count(r)");
	}

	protected void expectBadRequest(GraphQlTester.Response response, String... fragments) {
		GraphQlErrors.assertFails(response, ErrorType.BAD_REQUEST, fragments);
	}

	protected void expectNotFound(GraphQlTester.Response response, String... fragments) {
		GraphQlErrors.assertFails(response, ErrorType.NOT_FOUND, fragments);
	}

}
