package org.guanxi.tiering;

import java.util.List;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The funnel on fixtures/tiering/funnel.cypher.
 */
class FunnelGraphQlTests extends GraphQlTestBase {

	@Test
	void countsStagesAndConversionsOfAllAccounts() {
		TestNeo4j.load("fixtures/tiering/funnel.cypher");
		var all = this.graphQl.documentName("funnel").execute();
		all.path("funnel.total").entity(Integer.class).isEqualTo(7);
		all.path("funnel.stages[*].stage").entityList(String.class).containsExactly("POTENTIAL", "PROSPECT", "RETAINED", "LOST");
		all.path("funnel.stages[*].accounts").entityList(Integer.class).containsExactly(1, 2, 3, 1);
		all.path("funnel.stages[*].reached").entityList(Integer.class).containsExactly(7, 6, 3, 1);
		all.path("funnel.conversions[*].to").entityList(String.class).containsExactly("PROSPECT", "RETAINED", "LOST");
		close(all.path("funnel.conversions[*].rate").entityList(Double.class).get(), 6 / 7.0, 0.5, 1 / 6.0);
		all.path("funnel.winRate").entity(Double.class).isEqualTo(0.75);
		all.path("funnel.groups").entityList(Object.class).hasSize(0);
	}

	@Test
	void periodIsTheCreationDateInTheZoneGroupedByRep() {
		TestNeo4j.load("fixtures/tiering/funnel.cypher");
		// u-4 was created 2026-03-31 23:30 and u-5 2026-04-01 00:30 in Shanghai
		var q1 = this.graphQl.documentName("funnel")
			.variable("from", "2026-01-01")
			.variable("to", "2026-03-31")
			.variable("groupBy", "REP")
			.execute();
		q1.path("funnel.from").entity(String.class).isEqualTo("2026-01-01");
		q1.path("funnel.total").entity(Integer.class).isEqualTo(4);
		q1.path("funnel.stages[*].accounts").entityList(Integer.class).containsExactly(1, 1, 1, 1);
		close(q1.path("funnel.conversions[*].rate").entityList(Double.class).get(), 0.75, 1 / 3.0, 1 / 3.0);
		q1.path("funnel.winRate").entity(Double.class).isEqualTo(0.5);
		// u-4 has two owners: it counts for both
		q1.path("funnel.groups[*].key").entityList(String.class).containsExactly("rep-1", "rep-2");
		q1.path("funnel.groups[*].rep.id").entityList(String.class).containsExactly("rep-1", "rep-2");
		q1.path("funnel.groups[0].total").entity(Integer.class).isEqualTo(3);
		q1.path("funnel.groups[0].stages[*].accounts").entityList(Integer.class).containsExactly(1, 1, 0, 1);
		close(q1.path("funnel.groups[0].conversions[*].rate").entityList(Double.class).get(), 2 / 3.0, 0.0, 0.5);
		q1.path("funnel.groups[0].winRate").entity(Double.class).isEqualTo(0.0);
		q1.path("funnel.groups[1].stages[*].accounts").entityList(Integer.class).containsExactly(0, 0, 1, 1);
		q1.path("funnel.groups[1].winRate").entity(Double.class).isEqualTo(0.5);
	}

	@Test
	void groupsByTheKindOfTheEarliestLeadSource() {
		TestNeo4j.load("fixtures/tiering/funnel.cypher");
		var bySource = this.graphQl.documentName("funnel").variable("groupBy", "LEAD_SOURCE").execute();
		bySource.path("funnel.groups[*].key")
			.entityList(String.class)
			.containsExactly("ACCOUNT", "CHANNEL:WEBSITE", "ORGANIZATION:INSURER", "PERSON", "NONE");
		bySource.path("funnel.groups[*].sourceType")
			.entityList(String.class)
			.containsExactly("ACCOUNT", "CHANNEL", "ORGANIZATION", "PERSON", "NONE");
		bySource.path("funnel.groups[*].sourceKind")
			.entityList(String.class)
			.containsExactly(null, "WEBSITE", "INSURER", null, null);
		bySource.path("funnel.groups[*].total").entityList(Integer.class).containsExactly(1, 1, 1, 1, 3);
		bySource.path("funnel.groups[*].winRate").entityList(Double.class).containsExactly(0.0, 0.0, 1.0, 1.0, 1.0);
		bySource.path("funnel.groups[4].stages[*].accounts").entityList(Integer.class).containsExactly(1, 1, 1, 0);

		var rep2 = this.graphQl.documentName("funnel").variable("repId", "rep-2").execute();
		rep2.path("funnel.total").entity(Integer.class).isEqualTo(3);
		rep2.path("funnel.stages[*].accounts").entityList(Integer.class).containsExactly(0, 0, 2, 1);
		close(List.of(rep2.path("funnel.winRate").entity(Double.class).get()), 2 / 3.0);
	}

	@Test
	void leadSourceKindsAreTheKindsOfTheReferralSourceReport() {
		TestNeo4j.load("fixtures/tiering/leadSourceKinds.cypher");
		var byKind = this.graphQl.documentName("funnel").variable("groupBy", "LEAD_SOURCE_KIND").execute();
		byKind.path("funnel.groups[*].key")
			.entityList(String.class)
			.containsExactly("CUSTOMER", "EVENT", "MEDIA", "PARTNER_ORGANIZATION", "PERSONAL_NETWORK", "NONE");
		byKind.path("funnel.groups[*].kind")
			.entityList(String.class)
			.containsExactly("CUSTOMER", "EVENT", "MEDIA", "PARTNER_ORGANIZATION", "PERSONAL_NETWORK", "NONE");
		// CUSTOMER: k-1 (referred by the customer account, PROSPECT) and k-2 (by its staff, RETAINED)
		byKind.path("funnel.groups[*].total").entityList(Integer.class).containsExactly(2, 1, 1, 1, 1, 2);
		byKind.path("funnel.groups[0].stages[*].accounts").entityList(Integer.class).containsExactly(0, 1, 1, 0);
		byKind.path("funnel.groups[4].stages[*].accounts").entityList(Integer.class).containsExactly(0, 0, 0, 1);

		// the finer level: the PERSON group holds a customer's staff and a friend, so it has no single kind
		var bySource = this.graphQl.documentName("funnel").variable("groupBy", "LEAD_SOURCE").execute();
		bySource.path("funnel.groups[*].key")
			.entityList(String.class)
			.containsExactly("ACCOUNT", "CHANNEL:EVENT", "CHANNEL:WALK_IN", "ORGANIZATION:ASSOCIATION", "PERSON", "NONE");
		bySource.path("funnel.groups[*].kind")
			.entityList(String.class)
			.containsExactly("CUSTOMER", "EVENT", "MEDIA", "PARTNER_ORGANIZATION", null, "NONE");

		// side by side: each referred account has one referral, so the report's leads per kind are the funnel's
		// accounts per kind, and its converted leads (RETAINED, no deals here) the funnel's RETAINED accounts
		var report = this.graphQl.documentName("referralSourceReport").variable("groupBy", "KIND").execute();
		List<String> kinds = report.path("referralSourceReport[*].kind").entityList(String.class).get();
		List<Integer> leads = report.path("referralSourceReport[*].leads").entityList(Integer.class).get();
		List<Integer> converted = report.path("referralSourceReport[*].converted").entityList(Integer.class).get();
		java.util.Map<String, Integer> leadsByKind = new java.util.TreeMap<>();
		java.util.Map<String, Integer> convertedByKind = new java.util.TreeMap<>();
		for (int i = 0; i < kinds.size(); i++) {
			leadsByKind.put(kinds.get(i), leads.get(i));
			convertedByKind.put(kinds.get(i), converted.get(i));
		}
		assertThat(leadsByKind).containsExactlyEntriesOf(new java.util.TreeMap<>(java.util.Map.of("CUSTOMER", 2, "EVENT", 1,
				"MEDIA", 1, "PARTNER_ORGANIZATION", 1, "PERSONAL_NETWORK", 1)));
		assertThat(convertedByKind).containsExactlyEntriesOf(new java.util.TreeMap<>(java.util.Map.of("CUSTOMER", 1,
				"EVENT", 0, "MEDIA", 1, "PARTNER_ORGANIZATION", 0, "PERSONAL_NETWORK", 0)));
		List<Integer> funnelTotals = byKind.path("funnel.groups[*].total").entityList(Integer.class).get();
		List<Integer> funnelRetained = byKind.path("funnel.groups[*].stages[2].accounts").entityList(Integer.class).get();
		for (int i = 0; i < 5; i++) {
			String kind = byKind.path("funnel.groups[" + i + "].key").entity(String.class).get();
			assertThat(funnelTotals.get(i)).as(kind).isEqualTo(leadsByKind.get(kind));
			assertThat(funnelRetained.get(i)).as(kind).isEqualTo(convertedByKind.get(kind));
		}
	}

	@Test
	void emptyBookIsAnEmptyFunnel() {
		var empty = this.graphQl.documentName("funnel").variable("groupBy", "REP").execute();
		empty.path("funnel.total").entity(Integer.class).isEqualTo(0);
		empty.path("funnel.stages[*].accounts").entityList(Integer.class).containsExactly(0, 0, 0, 0);
		empty.path("funnel.conversions[*].rate").entityList(Double.class).containsExactly(0.0, 0.0, 0.0);
		empty.path("funnel.winRate").entity(Double.class).isEqualTo(0.0);
		empty.path("funnel.groups").entityList(Object.class).hasSize(0);
	}

	private static void close(List<Double> actual, double... expected) {
		assertThat(actual).hasSize(expected.length);
		for (int i = 0; i < expected.length; i++) {
			assertThat(actual.get(i)).isCloseTo(expected[i], within(1e-12));
		}
	}

}
