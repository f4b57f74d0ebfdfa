package org.guanxi.tiering;

import java.time.Duration;

import org.guanxi.support.GraphQlTestBase;
import org.junit.jupiter.api.BeforeEach;

/**
 * The GraphQL tests of the tiers: the reports plan several Cypher queries on first use, which on a busy
 * machine can take longer than the tester's default 5 seconds.
 */
abstract class TierGraphQlTestBase extends GraphQlTestBase {

	@BeforeEach
	void bePatient() {
		this.graphQl = this.graphQl.mutate()
			.webTestClient(client -> client.responseTimeout(Duration.ofSeconds(60)))
			.responseTimeout(Duration.ofSeconds(60))
			.build();
	}

}
