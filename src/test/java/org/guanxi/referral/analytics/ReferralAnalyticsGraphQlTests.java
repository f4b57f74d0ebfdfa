package org.guanxi.referral.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guanxi.graph.Cypher;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Referral chains, trees, reports and the ask list through GraphQL, on fixtures/referral-analytics.cypher. The
 * expected values are worked by hand in the comments.
 */
class ReferralAnalyticsGraphQlTests extends GraphQlTestBase {

	private static final String REPORT_AND_TOP = """
			{ referralSourceReport(first: 3) { key source { ... on Organization { name } ... on Account { name } } revenue }
			  topReferrers(first: 2) { source { ... on Organization { name } ... on Channel { name } } totalRevenue } }""";

	@Autowired
	private Cypher cypher;

	@BeforeEach
	void fixture() {
		TestNeo4j.load("fixtures/referral-analytics.cypher");
	}

	@Test
	void chainOfDepthFourGoesBackToTheOrganisation() {
		var chain = chain("acc-a4");
		chain.path("referralChain.nodes[*].id")
			.entityList(String.class)
			.containsExactly("org-ins", "acc-a1", "acc-a2", "acc-a3", "acc-a4");
		chain.path("referralChain.nodes[0].__typename").entity(String.class).isEqualTo("Organization");
		chain.path("referralChain.depth").entity(Integer.class).isEqualTo(4);
		chain.path("referralChain.root.id").entity(String.class).isEqualTo("org-ins");
		chain.path("referralChain.root.__typename").entity(String.class).isEqualTo("Organization");
		chain.path("referralChain.links[*].from.id")
			.entityList(String.class)
			.containsExactly("org-ins", "acc-a1", "acc-a2", "acc-a3");
		chain.path("referralChain.links[*].to.id")
			.entityList(String.class)
			.containsExactly("acc-a1", "acc-a2", "acc-a3", "acc-a4");
		// acc-a3 was also referred by ch-expo on 2026-03-01, later than acc-a2 on 2026-02-01
		chain.path("referralChain.links[*].at")
			.entityList(String.class)
			.containsExactly("2025-03-01", "2025-06-01", "2026-02-01", "2026-05-01");
		chain.path("referralChain.links[0].note").entity(String.class).isEqualTo("insurer client");
	}

	@Test
	void chainPrefersDatedReferralsAndBreaksTiesBySourceId() {
		// acc-a2: acc-a1 on 2025-06-01 beats ch-radio without date
		chain("acc-a2").path("referralChain.nodes[*].id")
			.entityList(String.class)
			.containsExactly("org-ins", "acc-a1", "acc-a2");
		// acc-t: acc-a2, acc-b1 and p-li all on 2026-05-05; acc-a2 has the smallest id
		chain("acc-t").path("referralChain.nodes[*].id")
			.entityList(String.class)
			.containsExactly("org-ins", "acc-a1", "acc-a2", "acc-t");
	}

	@Test
	void chainOfAnUnreferredAccountIsTheAccountAlone() {
		var chain = chain("acc-x");
		chain.path("referralChain.nodes[*].id").entityList(String.class).containsExactly("acc-x");
		chain.path("referralChain.links").entityList(Object.class).hasSize(0);
		chain.path("referralChain.depth").entity(Integer.class).isEqualTo(0);
		chain.path("referralChain.root.id").entity(String.class).isEqualTo("acc-x");
	}

	@Test
	void chainStopsAtANodeAlreadySeenInACycle() {
		// c3 referred c1, c2 referred c3, c1 referred c2 (already seen): stop
		var chain = chain("acc-c1");
		chain.path("referralChain.nodes[*].id").entityList(String.class).containsExactly("acc-c2", "acc-c3", "acc-c1");
		chain.path("referralChain.depth").entity(Integer.class).isEqualTo(2);
		chain.path("referralChain.root.id").entity(String.class).isEqualTo("acc-c2");
	}

	@Test
	void personChainAndUnknownIds() {
		var chain = this.graphQl.documentName("personReferralChain").variable("personId", "p-new").execute();
		chain.path("personReferralChain.nodes[*].__typename").entityList(String.class).containsExactly("Channel", "Person");
		chain.path("personReferralChain.nodes[*].id").entityList(String.class).containsExactly("ch-expo", "p-new");
		chain.path("personReferralChain.depth").entity(Integer.class).isEqualTo(1);
		chain.path("personReferralChain.links[0].note").entity(String.class).isEqualTo("met at the Auto Expo");
		this.graphQl.documentName("referralChain").variable("accountId", "nope").execute().errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
			assertThat(errors.get(0).getMessage()).contains("'nope'");
		});
		this.graphQl.documentName("personReferralChain").variable("personId", "acc-a1")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND));
	}

	@Test
	void treeOfTheOrganisationWithDecayedIndirectRevenue() {
		var tree = tree("org-ins", null, null);
		tree.path("referralTree.source.__typename").entity(String.class).isEqualTo("Organization");
		tree.path("referralTree.maxDepth").entity(Integer.class).isEqualTo(5);
		tree.path("referralTree.decay").entity(Double.class).isEqualTo(0.5);
		// depth 1 a1; 2 a2, b1; 3 a3, t (t's referrers one level up: a2 and b1 on the same day -> a2); 4 a4
		tree.path("referralTree.nodes[*].node.id")
			.entityList(String.class)
			.containsExactly("acc-a1", "acc-a2", "acc-b1", "acc-a3", "acc-t", "acc-a4");
		tree.path("referralTree.nodes[*].depth").entityList(Integer.class).containsExactly(1, 2, 2, 3, 3, 4);
		tree.path("referralTree.nodes[*].referredBy")
			.entityList(String.class)
			.containsExactly("org-ins", "acc-a1", "acc-a1", "acc-a2", "acc-a2", "acc-a3");
		tree.path("referralTree.nodes[*].revenue")
			.entityList(Double.class)
			.containsExactly(200000.0, 150000.0, 0.0, 0.0, 30000.0, 40000.0);
		tree.path("referralTree.directReferrals").entity(Integer.class).isEqualTo(1);
		tree.path("referralTree.totalReferrals").entity(Integer.class).isEqualTo(6);
		tree.path("referralTree.directRevenue").entity(Double.class).isEqualTo(200000.0);
		// 150000 * 0.5 + 0 * 0.5 + 0 * 0.25 + 30000 * 0.25 + 40000 * 0.125
		tree.path("referralTree.indirectRevenue").entity(Double.class).isEqualTo(87500.0);
		tree.path("referralTree.totalRevenue").entity(Double.class).isEqualTo(287500.0);
	}

	@Test
	void treeDepthAndDecayArguments() {
		var tree = tree("org-ins", 2, 1.0);
		tree.path("referralTree.nodes[*].node.id").entityList(String.class).containsExactly("acc-a1", "acc-a2", "acc-b1");
		tree.path("referralTree.indirectRevenue").entity(Double.class).isEqualTo(150000.0);
		tree("org-ins", 50, null).path("referralTree.maxDepth").entity(Integer.class).isEqualTo(10);
		tree("org-ins", 0, null).errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("maxDepth must be 1 or more"));
		tree("org-ins", null, 1.5).errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST));
		tree("nope", null, null).errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND));
	}

	@Test
	void treeOfAMediumCountsEveryEdgeIncludingUndatedOnes() {
		var tree = tree("ch-radio", null, null);
		// depth 1: b4 (2026-08-01), a2 (undated, so after); 2: a3, t (from a2); 3: a4
		tree.path("referralTree.nodes[*].node.id")
			.entityList(String.class)
			.containsExactly("acc-b4", "acc-a2", "acc-a3", "acc-t", "acc-a4");
		tree.path("referralTree.directReferrals").entity(Integer.class).isEqualTo(2);
		tree.path("referralTree.totalReferrals").entity(Integer.class).isEqualTo(5);
		tree.path("referralTree.directRevenue").entity(Double.class).isEqualTo(180000.0);
		// 0 * 0.5 + 30000 * 0.5 + 40000 * 0.25
		tree.path("referralTree.indirectRevenue").entity(Double.class).isEqualTo(25000.0);
	}

	@Test
	void treeThroughACycleNeverListsTheSource() {
		var tree = tree("acc-c1", 10, null);
		tree.path("referralTree.nodes[*].node.id").entityList(String.class).containsExactly("acc-c2", "acc-c3");
		tree.path("referralTree.nodes[*].depth").entityList(Integer.class).containsExactly(1, 2);
		tree.path("referralTree.totalReferrals").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void aTreeDeeperThanOneReadOfItsEdgesGoesOnFromTheLevelItReached() {
		// deep-0 -> deep-1 -> ... -> deep-6, and deep-2 -> deep-7 -> deep-8, deep-6 -> deep-7: one read of the edges
		// covers five levels (the source's and four more), so deep-6, at depth 6, is found by a second read from
		// deep-5; deep-7 stays at depth 3 (the shortest) and deep-8 at 4, each with the parent one level up
		TestNeo4j.run("""
				UNWIND range(0, 8) AS i
				CREATE (:Account {id: 'deep-' + i, name: 'Deep ' + i, lifecycle: 'POTENTIAL', signed: false, vip: false})
				WITH count(*) AS created
				UNWIND [[0, 1, 1], [1, 2, 2], [2, 3, 3], [3, 4, 4], [4, 5, 5], [5, 6, 6], [2, 7, 10], [7, 8, 11],
				        [6, 7, 12]] AS tie
				MATCH (a:Account {id: 'deep-' + tie[0]}), (b:Account {id: 'deep-' + tie[1]})
				CREATE (a)-[:REFERRED {at: date('2025-01-01') + duration({days: tie[2]})}]->(b)""");
		var deep = tree("deep-0", 10, null);
		deep.path("referralTree.nodes[*].node.id")
			.entityList(String.class)
			.containsExactly("deep-1", "deep-2", "deep-3", "deep-7", "deep-4", "deep-8", "deep-5", "deep-6");
		deep.path("referralTree.nodes[*].depth").entityList(Integer.class).containsExactly(1, 2, 3, 3, 4, 4, 5, 6);
		deep.path("referralTree.nodes[*].referredBy")
			.entityList(String.class)
			.containsExactly("deep-0", "deep-1", "deep-2", "deep-2", "deep-3", "deep-7", "deep-4", "deep-5");
		tree("deep-0", 5, null).path("referralTree.nodes[*].node.id")
			.entityList(String.class)
			.containsExactly("deep-1", "deep-2", "deep-3", "deep-7", "deep-4", "deep-8", "deep-5");
		tree("deep-3", 10, null).path("referralTree.nodes[*].node.id")
			.entityList(String.class)
			.containsExactly("deep-4", "deep-5", "deep-6", "deep-7", "deep-8");
	}

	@Test
	void sourceReportForAYearBySource() {
		var report = report("2026-01-01", "2026-12-31", null, null);
		// a3: a4 converted 40000 in 41 days; a2: a3 no, t yes (30000, first WON on/after 05-05 is 06-04: 30
		// days); expo: a3 no, p-new yes (its account b4, 30000, 29 days); p-li: b2 no, t yes; b1: t yes;
		// radio: b4 yes (60 days); a1: b1 no; p-zhao: b3 RETAINED without deals (0)
		report.path("referralSourceReport[*].key")
			.entityList(String.class)
			.containsExactly("acc-a3", "acc-a2", "ch-expo", "p-li", "acc-b1", "ch-radio", "acc-a1", "p-zhao");
		report.path("referralSourceReport[*].kind")
			.entityList(String.class)
			.containsExactly("CUSTOMER", "CUSTOMER", "EVENT", "CUSTOMER", "CUSTOMER", "MEDIA", "CUSTOMER",
					"PERSONAL_NETWORK");
		report.path("referralSourceReport[*].leads").entityList(Integer.class).containsExactly(1, 2, 2, 2, 1, 1, 1, 1);
		report.path("referralSourceReport[*].converted").entityList(Integer.class).containsExactly(1, 1, 1, 1, 1, 1, 0, 1);
		report.path("referralSourceReport[*].revenue")
			.entityList(Double.class)
			.containsExactly(40000.0, 30000.0, 30000.0, 30000.0, 30000.0, 30000.0, 0.0, 0.0);
		report.path("referralSourceReport[1].conversionRate").entity(Double.class).isEqualTo(0.5);
		report.path("referralSourceReport[0].avgDaysToClose").entity(Double.class).isEqualTo(41.0);
		report.path("referralSourceReport[1].avgDaysToClose").entity(Double.class).isEqualTo(30.0);
		report.path("referralSourceReport[2].avgDaysToClose").entity(Double.class).isEqualTo(29.0);
		report.path("referralSourceReport[5].avgDaysToClose").entity(Double.class).isEqualTo(60.0);
		report.path("referralSourceReport[6].avgDaysToClose").valueIsNull();
		report.path("referralSourceReport[7].avgDaysToClose").valueIsNull();
		report.path("referralSourceReport[2].source.__typename").entity(String.class).isEqualTo("Channel");
		report.path("referralSourceReport[3].source.__typename").entity(String.class).isEqualTo("Person");
	}

	@Test
	void sourceReportByKind() {
		var report = report("2026-01-01", "2026-12-31", "KIND", null);
		report.path("referralSourceReport[*].key")
			.entityList(String.class)
			.containsExactly("CUSTOMER", "EVENT", "MEDIA", "PERSONAL_NETWORK");
		report.path("referralSourceReport[0].source").valueIsNull();
		// customers: a2 (2 leads), a3 (1), p-li (2), b1 (1), a1 (1): 7 leads, 4 converted, 130000,
		// days 30, 41, 30, 30 -> 32.75
		report.path("referralSourceReport[0].leads").entity(Integer.class).isEqualTo(7);
		report.path("referralSourceReport[0].converted").entity(Integer.class).isEqualTo(4);
		report.path("referralSourceReport[0].conversionRate")
			.entity(Double.class)
			.satisfies(rate -> assertThat(rate).isCloseTo(4.0 / 7, within(1e-9)));
		report.path("referralSourceReport[0].revenue").entity(Double.class).isEqualTo(130000.0);
		report.path("referralSourceReport[0].avgDaysToClose").entity(Double.class).isEqualTo(32.75);
		report.path("referralSourceReport[*].leads").entityList(Integer.class).containsExactly(7, 2, 1, 1);
		report.path("referralSourceReport[0].kindLabel").entity(String.class).isEqualTo("customer 老客户");

		// from 2025 on, without upper bound: adds org-ins -> a1 (200000, 61 days) and a1 -> a2 (150000, 61 days);
		// leaves out the undated referral and the 2024 cycle
		var since2025 = report("2025-01-01", null, "KIND", 2);
		since2025.path("referralSourceReport[*].key")
			.entityList(String.class)
			.containsExactly("CUSTOMER", "PARTNER_ORGANIZATION");
		since2025.path("referralSourceReport[*].revenue").entityList(Double.class).containsExactly(280000.0, 200000.0);
		since2025.path("referralSourceReport[*].leads").entityList(Integer.class).containsExactly(8, 1);
		since2025.path("referralSourceReport[0].avgDaysToClose").entity(Double.class).isEqualTo(38.4);
		since2025.path("referralSourceReport[1].avgDaysToClose").entity(Double.class).isEqualTo(61.0);
	}

	@Test
	void sourceReportPeriodFilterIsInclusive() {
		// 2026-04-01 .. 2026-05-05: a1 -> b1, p-li -> b2, a3 -> a4, and the three referrals of t
		var report = report("2026-04-01", "2026-05-05", null, null);
		report.path("referralSourceReport[*].key")
			.entityList(String.class)
			.containsExactly("acc-a3", "p-li", "acc-a2", "acc-b1", "acc-a1");
		report.path("referralSourceReport[*].leads").entityList(Integer.class).containsExactly(1, 2, 1, 1, 1);
		report("2026-06-01", "2026-05-01", null, null).errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("must not be after"));
		// all time: the undated referral counts (ch-radio -> a2 converted, 150000, no days) and the cycle too
		var all = report(null, null, null, 1);
		all.path("referralSourceReport[*].key").entityList(String.class).containsExactly("org-ins");
		var radio = report(null, null, null, 20);
		radio.path("referralSourceReport[?(@.key == 'ch-radio')].revenue")
			.entityList(Double.class)
			.containsExactly(180000.0);
		radio.path("referralSourceReport[?(@.key == 'acc-c1')].leads").entityList(Integer.class).containsExactly(1);
	}

	@Test
	void topReferrersByDirectAndDecayedIndirectRevenue() {
		var top = this.graphQl.documentName("topReferrers").variable("first", 8).execute();
		// org-ins 287500, ch-radio 205000, a1 150000 + 25000, a2 30000 + 20000, a3 40000, then 30000 each:
		// p-li (2 direct) before b1 (1 direct), then ch-expo 0 + 40000 * 0.5
		top.path("topReferrers[*].source.id")
			.entityList(String.class)
			.containsExactly("org-ins", "ch-radio", "acc-a1", "acc-a2", "acc-a3", "p-li", "acc-b1", "ch-expo");
		top.path("topReferrers[*].totalRevenue")
			.entityList(Double.class)
			.containsExactly(287500.0, 205000.0, 175000.0, 50000.0, 40000.0, 30000.0, 30000.0, 20000.0);
		top.path("topReferrers[0].kind").entity(String.class).isEqualTo("PARTNER_ORGANIZATION");
		top.path("topReferrers[0].totalReferrals").entity(Integer.class).isEqualTo(6);
		top.path("topReferrers[1].kind").entity(String.class).isEqualTo("MEDIA");
	}

	@Test
	@SuppressWarnings("unchecked")
	void changesOutsideTheReferralsLeaveTheReportLinesKept() throws Exception {
		// all time: org-ins 200000 (a1), ch-radio 180000 (a2 150000, b4 30000), a1 150000 (a2) + 0 (b1)
		var before = this.graphQl.document(REPORT_AND_TOP).execute();
		before.path("referralSourceReport[*].key").entityList(String.class).containsExactly("org-ins", "ch-radio", "acc-a1");
		before.path("topReferrers[*].totalRevenue").entityList(Double.class).containsExactly(287500.0, 205000.0);

		// a visit to p-li, a source, writes an interaction and p-li's relationship check: the lines stay kept,
		// only their sources are read again
		this.graphQl.document("""
				mutation { recordInteraction(input: {repId: "rep-1", personId: "p-li", kind: VISIT,
				  at: "2026-11-20T10:00:00+08:00", outcome: POSITIVE}) { id } }""").execute()
			.path("recordInteraction.id").hasValue();
		List<String> issued = new ArrayList<>();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> issued.add(name))) {
			this.graphQl.document(REPORT_AND_TOP).execute().path("referralSourceReport[0].revenue")
				.entity(Double.class).isEqualTo(200000.0);
		}
		assertThat(issued).as("queries after the visit").containsOnly("referral/treeNodesByRefs");

		// renamed through GraphQL: the kept lines show the new name
		this.graphQl.document("mutation { upsertOrganization(input: {id: \"org-ins\", name: \"Ping An P&C\"}) { name } }")
			.execute().path("upsertOrganization.name").entity(String.class).isEqualTo("Ping An P&C");
		issued.clear();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> issued.add(name))) {
			var renamed = this.graphQl.document(REPORT_AND_TOP).execute();
			renamed.path("referralSourceReport[0].source.name").entity(String.class).isEqualTo("Ping An P&C");
			renamed.path("topReferrers[0].source.name").entity(String.class).isEqualTo("Ping An P&C");
			renamed.path("topReferrers[*].totalRevenue").entityList(Double.class).containsExactly(287500.0, 205000.0);
		}
		assertThat(issued).as("queries after the rename").containsOnly("referral/treeNodesByRefs");

		// a new account, and a deal won by an account outside every referral (acc-x): the lines and the ranking are
		// kept, the report reads the rows of those two accounts only (there are none); a deal of an account that was
		// referred (acc-b1) is not a change they can ignore
		this.graphQl.document("mutation { upsertAccount(input: {id: \"acc-new\", name: \"New Account\"}) { id } }")
			.execute().path("upsertAccount.id").entity(String.class).isEqualTo("acc-new");
		TestNeo4j.run("""
				MATCH (a:Account {id: 'acc-x'}) CREATE (:Deal {id: 'd-x', name: 'Alone', amount: 70000.0, status: 'WON',
				  openedAt: date('2026-06-01'), closedAt: date('2026-07-01')})-[:FOR]->(a)""", Map.of());
		issued.clear();
		List<Object> reportIds = new ArrayList<>();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> {
			issued.add(name);
			if (name.equals("referral/reportBySourceAll")) {
				reportIds.add(parameters.get("ids"));
			}
		})) {
			var kept = this.graphQl.document(REPORT_AND_TOP).execute();
			kept.path("topReferrers[*].totalRevenue").entityList(Double.class).containsExactly(287500.0, 205000.0);
			kept.path("referralSourceReport[*].key").entityList(String.class)
				.containsExactly("org-ins", "ch-radio", "acc-a1");
		}
		assertThat(issued).as("queries after the new account and the deal outside referrals")
			.containsOnly("referral/sourcesConcerned", "referral/targetsConcerned", "referral/reportBySourceAll",
					"referral/treeNodesByRefs");
		assertThat(reportIds).hasSize(1);
		assertThat((List<Object>) reportIds.get(0)).containsExactlyInAnyOrder("acc-new", "acc-x");

		// a new WON deal of a referred account changes the lines: a1 -> b1 now converts 50000, so a1 has 200000
		// like org-ins, and more leads
		TestNeo4j.run("""
				MATCH (a:Account {id: 'acc-b1'}) CREATE (:Deal {id: 'd-b1', name: 'Bikes', amount: 50000.0, status: 'WON',
				  openedAt: date('2026-06-01'), closedAt: date('2026-07-01')})-[:FOR]->(a)""", Map.of());
		var won = this.graphQl.document(REPORT_AND_TOP).execute();
		won.path("referralSourceReport[*].key").entityList(String.class).containsExactly("acc-a1", "org-ins", "ch-radio");
		won.path("referralSourceReport[0].revenue").entity(Double.class).isEqualTo(200000.0);

		// a deal won by b4, referred by ch-radio itself and by ch-expo through its person p-new: both lines change
		// (ch-radio 150000 from a2 + 30000 + 60000 from b4; ch-expo 30000 + 60000 from b4, a3 won nothing), in the
		// report of all time and in that of 2026
		TestNeo4j.run("""
				MATCH (a:Account {id: 'acc-b4'}) CREATE (:Deal {id: 'd-b4-more', name: 'More buses', amount: 60000.0, status: 'WON',
				  openedAt: date('2026-09-01'), closedAt: date('2026-10-01')})-[:FOR]->(a)""", Map.of());
		var b4 = report(null, null, null, 20);
		b4.path("referralSourceReport[?(@.key == 'ch-radio')].revenue").entityList(Double.class).containsExactly(240000.0);
		b4.path("referralSourceReport[?(@.key == 'ch-expo')].revenue").entityList(Double.class).containsExactly(90000.0);
		b4.path("referralSourceReport[?(@.key == 'ch-expo')].converted").entityList(Integer.class).containsExactly(1);
		report("2026-01-01", "2026-12-31", null, 20).path("referralSourceReport[?(@.key == 'ch-expo')].revenue")
			.entityList(Double.class).containsExactly(90000.0);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aReferralRecordedOrUnlinkedReadsAgainTheLinesOfTheSourcesItConcernsOnly() throws Exception {
		// all time: ch-expo referred a3 (a prospect, nothing won) and p-new (at b4, retained, 30000): 2 leads,
		// 1 converted, 30000; ch-radio 180000; EVENT is ch-expo alone
		var before = report(null, null, null, 20);
		before.path("referralSourceReport[?(@.key == 'ch-expo')].revenue").entityList(Double.class).containsExactly(30000.0);
		report(null, null, "KIND", null).path("referralSourceReport[?(@.key == 'EVENT')].leads")
			.entityList(Integer.class).containsExactly(2);
		top("ch-expo").containsExactly(20000.0);
		String expo = TestNeo4j.elementId("ch-expo");
		String a3 = TestNeo4j.elementId("acc-a3");

		// ch-expo refers a4 (retained, 40000 won before the referral: converted, no days): 3 leads, 2 converted,
		// 70000. The report's rows read again are those of a4 and of the accounts ch-expo referred (a3, b4 through
		// p-new), nobody else's; the ranking's edges those of the sources of a4 (a3 and now ch-expo)
		this.graphQl.document("""
				mutation { recordReferral(input: {sourceId: "ch-expo", targetId: "acc-a4", at: "2026-10-01"}) { at } }""")
			.execute().path("recordReferral.at").entity(String.class).isEqualTo("2026-10-01");
		List<Object> refs = new ArrayList<>();
		List<Object> edges = new ArrayList<>();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> {
			if (name.startsWith("referral/reportBySource")) {
				refs.add(parameters.get("ids"));
			}
			if (name.equals("referral/treeAllEdges")) {
				edges.add(parameters.get("refs"));
			}
		})) {
			// the ranking: ch-expo's tree had a4 at depth 2 (40000 * 0.5), now at depth 1
			top("ch-expo").containsExactly(40000.0);
			var recorded = report(null, null, null, 20);
			recorded.path("referralSourceReport[?(@.key == 'ch-expo')].leads").entityList(Integer.class).containsExactly(3);
			recorded.path("referralSourceReport[?(@.key == 'ch-expo')].converted").entityList(Integer.class).containsExactly(2);
			recorded.path("referralSourceReport[?(@.key == 'ch-expo')].revenue").entityList(Double.class).containsExactly(70000.0);
			recorded.path("referralSourceReport[?(@.key == 'acc-a3')].revenue").entityList(Double.class).containsExactly(40000.0);
			recorded.path("referralSourceReport[?(@.key == 'ch-radio')].revenue").entityList(Double.class).containsExactly(180000.0);
			recorded.path("referralSourceReport[*].key").entityList(String.class).hasSize(12);
		}
		assertThat(refs).hasSize(1);
		assertThat((List<Object>) refs.get(0)).containsExactlyInAnyOrder("acc-a3", "acc-a4", "acc-b4");
		// the edges of the same sources only, for the ranking
		assertThat(edges).hasSize(1);
		assertThat((List<Object>) edges.get(0)).containsExactlyInAnyOrder(expo, a3);
		report(null, null, "KIND", null).path("referralSourceReport[?(@.key == 'EVENT')].revenue")
			.entityList(Double.class).containsExactly(70000.0);

		// unlinked: ch-expo no longer refers a4, yet its line is read again (the tie's source)
		this.graphQl.document("mutation { unlinkReferral(sourceId: \"ch-expo\", targetId: \"acc-a4\") { id } }")
			.execute().path("unlinkReferral.id").hasValue();
		var unlinked = report(null, null, null, 20);
		unlinked.path("referralSourceReport[?(@.key == 'ch-expo')].leads").entityList(Integer.class).containsExactly(2);
		unlinked.path("referralSourceReport[?(@.key == 'ch-expo')].revenue").entityList(Double.class).containsExactly(30000.0);
		top("ch-expo").containsExactly(20000.0);

		// a new organisation's first referral (b3: retained, nothing won): a line of its own, converted, no revenue
		this.graphQl.document("mutation { upsertOrganization(input: {id: \"org-new\", name: \"Sinopec\", kind: PARTNER_COMPANY}) { id } }")
			.execute().path("upsertOrganization.id").entity(String.class).isEqualTo("org-new");
		this.graphQl.document("""
				mutation { recordReferral(input: {sourceId: "org-new", targetId: "acc-b3", at: "2026-11-01"}) { at } }""")
			.execute().path("recordReferral.at").hasValue();
		var added = report(null, null, null, 20);
		added.path("referralSourceReport[?(@.key == 'org-new')].leads").entityList(Integer.class).containsExactly(1);
		added.path("referralSourceReport[?(@.key == 'org-new')].converted").entityList(Integer.class).containsExactly(1);
		added.path("referralSourceReport[?(@.key == 'org-new')].revenue").entityList(Double.class).containsExactly(0.0);

		// p-li leaves A1 (a signed customer): with no account, p-li's 2 referrals count for the personal network
		// (p-zhao's 1 before), no longer for the customers
		var kinds = report(null, null, "KIND", null);
		kinds.path("referralSourceReport[?(@.key == 'PERSONAL_NETWORK')].leads").entityList(Integer.class).containsExactly(1);
		TestNeo4j.run("MATCH (:Person {id: 'p-li'})-[w:WORKS_AT]->() DELETE w");
		var left = report(null, null, "KIND", null);
		left.path("referralSourceReport[?(@.key == 'PERSONAL_NETWORK')].leads").entityList(Integer.class).containsExactly(3);
		left.path("referralSourceReport[?(@.key == 'CUSTOMER')].leads").entityList(Integer.class)
			.containsExactly(kinds.path("referralSourceReport[?(@.key == 'CUSTOMER')].leads").entityList(Integer.class)
				.get().get(0) - 2);
	}

	private GraphQlTester.EntityList<Double> top(String sourceId) {
		return this.graphQl.document("{ topReferrers(first: 20) { source { ... on Channel { id } } totalRevenue } }")
			.execute()
			.path("topReferrers[?(@.source.id == '" + sourceId + "')].totalRevenue")
			.entityList(Double.class);
	}

	@Test
	void askListRanksPartnersAndFriendsAtCustomersByReach() {
		var asks = this.graphQl.documentName("referralAskList").execute();
		// p-li: knows zhao, new, sun at 3 other accounts (wang is a colleague) + 2 referrals = 5;
		// p-sun: li, chen, zhao = 3; p-chen: zhao, sun = 2. p-wang is a SUPPLIER, p-zhao not at a customer.
		asks.path("referralAskList[*].person.id").entityList(String.class).containsExactly("p-li", "p-sun", "p-chen");
		asks.path("referralAskList[*].relationship")
			.entityList(String.class)
			.containsExactly("PARTNER", "FRIEND", "PARTNER");
		asks.path("referralAskList[*].reach").entityList(Integer.class).containsExactly(5, 3, 2);
		asks.path("referralAskList[0].ties").entity(Integer.class).isEqualTo(3);
		asks.path("referralAskList[0].pastReferrals").entity(Integer.class).isEqualTo(2);
		asks.path("referralAskList[0].reasons")
			.entityList(String.class)
			.containsExactly("PARTNER at A1 Logistics (retained customer)", "knows 3 people at 3 other accounts",
					"has referred 2 leads, latest on 2026-05-05");
		asks.path("referralAskList[1].reasons[0]").entity(String.class).isEqualTo("FRIEND at VIP Holdings (VIP)");
		this.graphQl.mutate()
			.header("Accept-Language", "zh-CN")
			.build()
			.documentName("referralAskList")
			.execute()
			.path("referralAskList[0].reasons")
			.entityList(String.class)
			.containsExactly("A1 Logistics的合作伙伴（保有客户）", "认识其他 3 个客户的 3 个人", "已转介绍 2 条线索，最近一次在 2026-05-05");

		askList("rep-1").containsExactly("p-li", "p-chen");
		askList("rep-2").containsExactly("p-sun");
		this.graphQl.documentName("referralAskList").variable("repId", "rep-9")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND));
		this.graphQl.documentName("referralAskList").variable("first", 1)
			.execute()
			.path("referralAskList[*].person.id")
			.entityList(String.class)
			.containsExactly("p-li");
	}

	private GraphQlTester.Response chain(String accountId) {
		return this.graphQl.documentName("referralChain").variable("accountId", accountId).execute();
	}

	private GraphQlTester.Response tree(String sourceId, Integer maxDepth, Double decay) {
		var request = this.graphQl.documentName("referralTree").variable("sourceId", sourceId);
		if (maxDepth != null) {
			request = request.variable("maxDepth", maxDepth);
		}
		if (decay != null) {
			request = request.variable("decay", decay);
		}
		return request.execute();
	}

	private GraphQlTester.Response report(String from, String to, String groupBy, Integer first) {
		var request = this.graphQl.documentName("referralSourceReport");
		if (from != null) {
			request = request.variable("from", from);
		}
		if (to != null) {
			request = request.variable("to", to);
		}
		if (groupBy != null) {
			request = request.variable("groupBy", groupBy);
		}
		if (first != null) {
			request = request.variable("first", first);
		}
		return request.execute();
	}

	private GraphQlTester.EntityList<String> askList(String repId) {
		return this.graphQl.documentName("referralAskList")
			.variable("repId", repId)
			.execute()
			.path("referralAskList[*].person.id")
			.entityList(String.class);
	}

}
