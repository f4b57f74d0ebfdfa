package org.guanxi.tiering;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

/**
 * Suggested opportunity tiers on fixtures/tiering/opportunity.cypher, today 2026-11-23.
 */
class OpportunityTierGraphQlTests extends GraphQlTestBase {

	@Test
	void suggestsTheBestTierOfTheOpenDeals() {
		TestNeo4j.load("fixtures/tiering/opportunity.cypher");
		var page = this.graphQl.documentName("accountsOpportunityTiers").variable("first", 20)
			.execute();
		page.path("accounts.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("o-1", "o-2", "o-3", "o-4", "o-5", "o-6", "o-7", "o-8");
		page.path("accounts.edges[*].node.suggestedOpportunityTier")
			.entityList(String.class)
			.containsExactly("A", "B", "B", "C", "D", "D", "A", "B");
		page.path("accounts.edges[0].node.opportunityTier").entity(String.class).isEqualTo("C");
	}

}
