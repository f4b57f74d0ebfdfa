package org.guanxi.workspace;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.guanxi.support.GraphFingerprint;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests the service runs at start so that the views' first requests find their code compiled and their
 * Cypher planned: every one of them answers without an error on the demo book (the warm-up document follows the
 * schema), fewer on an empty book, and none writes anything.
 */
class WorkspaceWarmUpTests extends GraphQlTestBase {

	@Autowired
	private WorkspaceWarmUp warmUp;

	@Test
	void everyRequestOfTheViewsAnswersOnTheDemoBookAndNothingIsWritten() {
		this.clock.set(OffsetDateTime.now(ZoneId.of("Asia/Shanghai")));
		TestNeo4j.load("cypher/demo/demo-data.cypher");
		List<Object> before = GraphFingerprint.take();
		// Start, Accounts, Tiers, Account (of the first account in ABC order), Referrals (of the top referral source),
		// Intro (from the first rep to that account's first person)
		assertThat(this.warmUp.warmUp()).isEqualTo(6);
		assertThat(GraphFingerprint.take()).isEqualTo(before);
	}

	@Test
	void anEmptyBookLeavesOutTheRequestsOfAnAccountASourceAndARep() {
		TestNeo4j.cleanBook();
		assertThat(this.warmUp.warmUp()).as("Start, Accounts and Tiers").isEqualTo(3);
	}

}
