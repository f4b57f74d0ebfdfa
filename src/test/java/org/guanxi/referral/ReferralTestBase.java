package org.guanxi.referral;


import org.guanxi.support.GraphQlErrors;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.test.context.TestPropertySource;
import org.springframework.graphql.execution.ErrorType;

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

	protected void expectBadRequest(String document, String... fragments) {
		expectError(document, ErrorType.BAD_REQUEST, fragments);
	}

	protected void expectNotFound(String document, String... fragments) {
		expectError(document, ErrorType.NOT_FOUND, fragments);
	}

	private void expectError(String document, ErrorType type, String... fragments) {
		GraphQlErrors.assertFails(this.graphQl.document(document).execute(), type, fragments);
	}

}
