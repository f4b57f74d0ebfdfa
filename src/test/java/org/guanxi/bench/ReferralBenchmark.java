package org.guanxi.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.function.IntConsumer;

import org.guanxi.referral.analytics.ReferralAskService;
import org.guanxi.referral.analytics.ReferralChainService;
import org.guanxi.referral.analytics.ReferralReportService;
import org.guanxi.core.Visibility;
import org.guanxi.graph.Cypher;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark of the referral analytics (not a test: surefire only runs {@code *Tests}) on a generated book of
 * 20,000 accounts, 5,000 people, 50 organisations, 30 channels, 12,000 WON deals and 60,000 referrals. Times
 * the service calls behind the GraphQL fields (server side) and prints medians, and the JVM's CPU time per call
 * (app and in-process Neo4j: a figure that does not depend on the machine's load). Run with
 * {@code ./mvnw -B -q test -Dtest=ReferralBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReferralBenchmark extends GraphQlTestBase {

	static final int ACCOUNTS = 20_000;

	static final int PEOPLE = 5_000;

	static final int ORGANIZATIONS = 50;

	static final int CHANNELS = 30;

	static final int WON_DEALS = 12_000;

	static final int REFERRALS = 60_000;

	static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

	static final int DAYS = 1420;

	@Autowired
	ReferralChainService chains;

	@Autowired
	ReferralReportService reports;

	@Autowired
	ReferralAskService asks;

	@Autowired
	Cypher cypher;

	@Test
	void benchmark() {
		long start = System.nanoTime();
		generate(new Random(42));
		System.out.printf("generated the book in %.1f s%n", (System.nanoTime() - start) / 1e9);
		Random random = new Random(7);
		int[] accounts = random.ints(400, 0, ACCOUNTS).toArray();
		int[] people = random.ints(200, 0, PEOPLE).toArray();
		int[] sources = random.ints(200, 0, ACCOUNTS).toArray();
		int[] channels = random.ints(30, 0, CHANNELS).toArray();
		time("referralChain (account)", accounts.length, i -> this.chains.accountChain(account(accounts[i])));
		time("personReferralChain", people.length, i -> this.chains.personChain("per-" + people[i]));
		time("referralTree depth 5 (account source)", sources.length,
				i -> this.chains.tree(account(sources[i]), 5, null));
		time("referralTree depth 5 (channel source)", channels.length,
				i -> this.chains.tree("ch-" + channels[i], 5, null));
		time("referralSourceReport 2025 by source", 10,
				i -> this.reports.sourceReport(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "SOURCE", 50));
		time("referralSourceReport 2025 by kind", 10,
				i -> this.reports.sourceReport(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "KIND", 50));
		time("referralSourceReport all time", 5, i -> this.reports.sourceReport(null, null, "SOURCE", 50));
		time("topReferrers (whole book)", 5, i -> this.reports.topReferrers(10));
		time("referralAskList (whole book)", 5, i -> this.asks.askList(null, 20));
		time("referralAskList (one rep)", 20, i -> this.asks.askList("rep-" + (i % 20), 20));
		// the visibility rule: the same calls as a MANAGER of all 20 reps (the same book, the predicate evaluated
		// for every account), alternating with ADMIN calls
		Visibility manager = new Visibility(false, IntStream.range(0, 20).mapToObj(r -> "rep-" + r).toList(), true);
		VisibilityCost.compare("referralChain (account)", accounts.length, this.cypher, manager,
				i -> this.chains.accountChain(account(accounts[i])));
		VisibilityCost.compare("referralTree depth 5 (account source)", sources.length, this.cypher, manager,
				i -> this.chains.tree(account(sources[i]), 5, null));
		VisibilityCost.compare("referralSourceReport 2025 by source", 10, this.cypher, manager,
				i -> this.reports.sourceReport(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "SOURCE", 50));
		VisibilityCost.compare("topReferrers (whole book)", 5, this.cypher, manager, i -> this.reports.topReferrers(10));
		VisibilityCost.compare("referralAskList (whole book)", 5, this.cypher, manager, i -> this.asks.askList(null, 20));
		printShape();
		printPlan();
		this.graphQl = this.graphQl.mutate().webTestClient(c -> c.responseTimeout(Duration.ofMinutes(2))).build();
		time("GraphQL over HTTP: referralChain", 100, i -> this.graphQl
			.document("query($id: ID!) { referralChain(accountId: $id) { depth nodes { id } } }")
			.variable("id", account(accounts[i]))
			.execute());
		time("GraphQL over HTTP: referralTree depth 5", 100, i -> this.graphQl
			.document("query($id: ID!) { referralTree(sourceId: $id) { totalReferrals nodes { node { id } depth } } }")
			.variable("id", account(sources[i]))
			.execute());
	}

	private void printShape() {
		int[] depths = new int[200];
		int[] sizes = new int[200];
		for (int i = 0; i < 200; i++) {
			depths[i] = this.chains.accountChain(account(i * 97)).depth();
			sizes[i] = this.chains.tree(account(i * 97), 5, null).totalReferrals();
		}
		Arrays.sort(depths);
		Arrays.sort(sizes);
		System.out.printf("shape: chain depth median %d, max %d; tree (depth 5) nodes median %d, max %d%n",
				depths[100], depths[199], sizes[100], sizes[199]);
	}

	private void printPlan() {
		String text = "EXPLAIN " + org.guanxi.graph.CypherScript
			.query(new org.springframework.core.io.ClassPathResource("cypher/referral/reportBySourceInPeriod.cypher"));
		try (var session = TestNeo4j.driver().session()) {
			Map<String, Object> parameters = new java.util.HashMap<>(
					Map.of("from", LocalDate.of(2025, 1, 1), "to", LocalDate.of(2025, 12, 31)));
			parameters.put("ids", null);
			var plan = session.run(text, parameters)
				.consume()
				.plan();
			System.out.println("report plan: " + operators(plan));
		}
	}

	private static String operators(org.neo4j.driver.summary.Plan plan) {
		StringBuilder text = new StringBuilder(plan.operatorType());
		for (var child : plan.children()) {
			text.append(" <- ").append(operators(child));
		}
		return text.toString();
	}

	/** CPU time of the whole JVM (app, in-process Neo4j, GC): the cost of a call whatever the machine's load. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static String account(int i) {
		return "acc-" + i;
	}

	private static void time(String what, int runs, IntConsumer call) {
		int warmup = runs >= 100 ? 2 * runs : Math.min(runs, 3);
		for (int i = 0; i < warmup; i++) {
			call.accept(i % runs);
		}
		double[] ms = new double[runs];
		long cpu = processCpuNanos();
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			call.accept(i);
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		double cpuPerCall = (processCpuNanos() - cpu) / 1e6 / runs;
		Arrays.sort(ms);
		System.out.printf("%-45s runs %4d  median %8.2f ms  p90 %8.2f ms  max %8.2f ms  cpu/call %8.2f ms%n", what,
				runs, ms[runs / 2], ms[(int) (runs * 0.9)], ms[runs - 1], cpuPerCall);
	}

	/**
	 * The book: account i was created on day i * DAYS / ACCOUNTS; an account, person or organisation refers
	 * only accounts created after it (so chains end), channels refer anyone; 1% of the account-to-account
	 * referrals point backwards, which makes cycles.
	 */
	private static void generate(Random random) {
		String[] lifecycles = { "RETAINED", "RETAINED", "RETAINED", "PROSPECT", "PROSPECT", "PROSPECT", "PROSPECT",
				"POTENTIAL", "POTENTIAL", "LOST" };
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < ACCOUNTS; i++) {
			rows.add(Map.of("id", account(i), "name", "Account " + i, "lifecycle", lifecycles[random.nextInt(10)],
					"vip", random.nextInt(20) == 0, "signed", random.nextInt(4) == 0));
		}
		batches(rows, """
				UNWIND $rows AS row
				CREATE (:Account {id: row.id, name: row.name, lifecycle: row.lifecycle, vip: row.vip, signed: row.signed})""");
		rows.clear();
		for (int i = 0; i < PEOPLE; i++) {
			rows.add(Map.of("id", "per-" + i, "account", account(random.nextInt(ACCOUNTS))));
		}
		batches(rows, """
				UNWIND $rows AS row
				MATCH (a:Account {id: row.account})
				CREATE (:Person {id: row.id, name: 'Person ' + row.id, decisionWeight: 0.5})-[:WORKS_AT]->(a)""");
		TestNeo4j.run("""
				UNWIND range(0, $n - 1) AS i
				CREATE (:Organization {id: 'org-' + i, name: 'Organisation ' + i,
				  kind: ['INSURER', 'GOVERNMENT_OFFICE', 'ASSOCIATION', 'PARTNER_COMPANY', 'OTHER'][i % 5]})""",
				Map.of("n", ORGANIZATIONS));
		TestNeo4j.run("""
				UNWIND range(0, $n - 1) AS i
				CREATE (:Channel {id: 'ch-' + i, name: 'Channel ' + i,
				  kind: ['MEDIA', 'EVENT', 'WALK_IN', 'WEBSITE', 'DIRECT_MAIL', 'OTHER'][i % 6]})""",
				Map.of("n", CHANNELS));
		TestNeo4j.run("""
				UNWIND range(0, 19) AS i
				CREATE (r:SalesRep {id: 'rep-' + i, name: 'Rep ' + i})
				WITH r, i
				MATCH (a:Account) WHERE toInteger(substring(a.id, 4)) % 20 = i
				CREATE (r)-[:OWNS]->(a)""");
		rows.clear();
		for (int i = 0; i < WON_DEALS; i++) {
			int a = random.nextInt(ACCOUNTS);
			LocalDate closed = created(a).plusDays(20 + random.nextInt(400));
			rows.add(Map.of("id", "deal-" + i, "account", account(a), "amount", 1000.0 * (5 + random.nextInt(300)),
					"closedAt", closed, "openedAt", closed.minusDays(30)));
		}
		batches(rows, """
				UNWIND $rows AS row
				MATCH (a:Account {id: row.account})
				CREATE (:Deal {id: row.id, name: 'Deal ' + row.id, amount: row.amount, status: 'WON',
				  openedAt: row.openedAt, closedAt: row.closedAt})-[:FOR]->(a)""");
		rows.clear();
		Map<String, Boolean> seen = new HashMap<>();
		while (rows.size() < REFERRALS) {
			Map<String, Object> referral = referral(random);
			if (seen.putIfAbsent(referral.get("sourceLabel") + ":" + referral.get("source") + ">"
					+ referral.get("targetLabel") + ":" + referral.get("target"), true) == null) {
				rows.add(referral);
			}
		}
		for (String source : List.of("Account", "Person", "Organization", "Channel")) {
			for (String target : List.of("Account", "Person")) {
				List<Map<String, Object>> some = rows.stream()
					.filter(r -> r.get("sourceLabel").equals(source) && r.get("targetLabel").equals(target))
					.toList();
				batches(new ArrayList<>(some), """
						UNWIND $rows AS row
						MATCH (s:%s {id: row.source}), (t:%s {id: row.target})
						CREATE (s)-[:REFERRED {at: row.at}]->(t)""".formatted(source, target));
			}
		}
	}

	private static Map<String, Object> referral(Random random) {
		int kind = random.nextInt(100);
		int target = 1 + random.nextInt(ACCOUNTS - 1);
		boolean personTarget = random.nextInt(10) == 0;
		String targetId = personTarget ? "per-" + random.nextInt(PEOPLE) : account(target);
		LocalDate at = created(target).plusDays(random.nextInt(30));
		if (kind < 70) {
			int source = random.nextInt(100) == 0 ? random.nextInt(ACCOUNTS) : random.nextInt(target);
			return referral("Account", account(source), personTarget ? "Person" : "Account", targetId, at);
		}
		if (kind < 80) {
			return referral("Person", "per-" + random.nextInt(PEOPLE), personTarget ? "Person" : "Account", targetId,
					at);
		}
		if (kind < 90) {
			return referral("Organization", "org-" + random.nextInt(ORGANIZATIONS), personTarget ? "Person" : "Account",
					targetId, at);
		}
		return referral("Channel", "ch-" + random.nextInt(CHANNELS), personTarget ? "Person" : "Account", targetId,
				at);
	}

	private static Map<String, Object> referral(String sourceLabel, String source, String targetLabel, String target,
			LocalDate at) {
		return Map.of("sourceLabel", sourceLabel, "source", source, "targetLabel", targetLabel, "target", target, "at",
				at);
	}

	private static LocalDate created(int account) {
		return FIRST_DAY.plusDays((long) account * DAYS / ACCOUNTS);
	}

	private static void batches(List<Map<String, Object>> rows, String cypher) {
		for (int from = 0; from < rows.size(); from += 5_000) {
			TestNeo4j.run(cypher, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + 5_000))));
		}
	}

}
