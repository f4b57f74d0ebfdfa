package org.guanxi.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

import org.guanxi.account.AccountFields;
import org.guanxi.core.Visibility;
import org.guanxi.graph.Cypher;
import org.guanxi.security.Caller;
import org.guanxi.security.Role;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.guanxi.tiering.AbcService;
import org.guanxi.tiering.VisitService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

/**
 * Benchmark, not a test (surefire does not pick up *Benchmark): builds a synthetic book of 20,000 accounts
 * (60,000 people, 50 reps), 200,000 interactions (a third of them visits) and 60,000 deals (half WON) with
 * UNWIND Cypher, then prints the median server-side time of abcAnalysis and overdueAccounts, executed through the
 * GraphQL engine in-process (everything but HTTP). Run with
 * {@code ./mvnw -B -q test -Dtest=TiersBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Targets: abcAnalysis
 * under 500 ms, overdueAccounts under 300 ms.
 */
class TiersBenchmark extends GraphQlTestBase {

	private static final int ACCOUNTS = 20_000;

	private static final int PEOPLE = 60_000;

	private static final int INTERACTIONS = 200_000;

	private static final int DEALS = 60_000;

	private static final int REPS = 50;

	private static final int WARM_UP = 10;

	private static final int RUNS = 21;

	private static final String ABC_FULL = """
			{ abcAnalysis { totalRevenue entries { account { id name } revenue share cumulativeShare abcClass }
			  summary { abcClass accounts accountShare revenueShare } } }""";

	private static final String ABC_SUMMARY = """
			{ abcAnalysis { totalRevenue summary { abcClass accounts accountShare revenueShare } } }""";

	private static final String OVERDUE = """
			{ overdueAccounts(asOf: "2026-11-23") { account { id name } abcClass lastVisitAt daysSinceLastVisit
			  allowedDays overdueDays } }""";

	private static final String OVERDUE_REP = """
			{ overdueAccounts(asOf: "2026-11-23", repId: "brep-7") { account { id name } abcClass daysSinceLastVisit } }""";

	@Autowired
	private ExecutionGraphQlService graphQlService;

	@Autowired
	private AbcService abc;

	@Autowired
	private VisitService visits;

	@Autowired
	private Cypher cypher;

	@Test
	void measure() {
		long start = System.nanoTime();
		buildBook();
		// measure the steady state: index statistics current, indexes online
		TestNeo4j.run("CALL db.resampleOutdatedIndexes()");
		TestNeo4j.run("CALL db.awaitIndexes(300)");
		System.out.printf("%nTiersBenchmark: book of %,d accounts, %,d people, %,d interactions, %,d deals built in %.1f s%n",
				ACCOUNTS, PEOPLE, INTERACTIONS, DEALS, (System.nanoTime() - start) / 1e9);
		report("abcAnalysis (entries with account id+name, summary)", ABC_FULL, 500);
		report("abcAnalysis (summary only)", ABC_SUMMARY, 500);
		report("overdueAccounts (all accounts)", OVERDUE, 300);
		report("overdueAccounts (one rep)", OVERDUE_REP, 300);
		LocalDate asOf = LocalDate.of(2026, 11, 23);
		reportCall("AbcService.analyse (no GraphQL)", () -> this.abc.analyse(null, null, null, null, AccountFields.WHOLE).entries().size());
		reportCall("VisitService.overdue (no GraphQL)", () -> this.visits.overdue(asOf, null, AccountFields.WHOLE).size());
		// the visibility rule: the same calls as a MANAGER of every rep (the same book, the predicate evaluated for
		// every account), alternating with ADMIN calls
		Visibility manager = new Visibility(false, IntStream.range(0, REPS).mapToObj(i -> "brep-" + i).toList(), true);
		VisibilityCost.compare("abcAnalysis (GraphQL, all entries)", RUNS, this.cypher, manager, i -> execute(ABC_FULL));
		VisibilityCost.compare("overdueAccounts (GraphQL, whole book)", RUNS, this.cypher, manager, i -> execute(OVERDUE));
		VisibilityCost.compare("AbcService.analyse", RUNS, this.cypher, manager,
				i -> this.abc.analyse(null, null, null, null, AccountFields.WHOLE));
		VisibilityCost.compare("VisitService.overdue", RUNS, this.cypher, manager,
				i -> this.visits.overdue(asOf, null, AccountFields.WHOLE));
	}

	private void reportCall(String what, IntSupplier call) {
		int rows = 0;
		for (int i = 0; i < WARM_UP; i++) {
			rows = call.getAsInt();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long t = System.nanoTime();
			call.getAsInt();
			times.add((System.nanoTime() - t) / 1e6);
		}
		Collections.sort(times);
		System.out.printf("TiersBenchmark: %-55s median %7.1f ms  min %7.1f  max %7.1f  (%d runs, %,d rows)%n", what,
				times.get(RUNS / 2), times.get(0), times.get(RUNS - 1), RUNS, rows);
	}

	private void report(String what, String document, long targetMs) {
		int rows = 0;
		for (int i = 0; i < WARM_UP; i++) {
			rows = execute(document);
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long t = System.nanoTime();
			execute(document);
			times.add((System.nanoTime() - t) / 1e6);
		}
		Collections.sort(times);
		System.out.printf("TiersBenchmark: %-55s median %7.1f ms  min %7.1f  max %7.1f  (%d runs, %,d rows, target < %d ms)%n",
				what, times.get(RUNS / 2), times.get(0), times.get(RUNS - 1), RUNS, rows, targetMs);
	}

	private int execute(String document) {
		var request = new DefaultExecutionGraphQlRequest(document, null, null, null, "bench", null);
		// signed in as the admin, as the GraphQL guard of an HTTP request would have it
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(Caller.class.getName(), new Caller(ADMIN, Role.ADMIN, null, false)))
			.build());
		ExecutionGraphQlResponse response = this.graphQlService.execute(request).block(Duration.ofMinutes(5));
		if (response == null || !response.getErrors().isEmpty()) {
			throw new IllegalStateException("GraphQL errors: " + (response == null ? "none" : response.getErrors()));
		}
		Map<String, Object> data = response.getData();
		Object result = data.values().iterator().next();
		if (result instanceof List<?> list) {
			return list.size();
		}
		Object entries = ((Map<?, ?>) result).get("entries");
		return entries instanceof List<?> list ? list.size() : ((List<?>) ((Map<?, ?>) result).get("summary")).size();
	}

	private static void buildBook() {
		Map<String, Object> sizes = Map.of("accounts", ACCOUNTS, "people", PEOPLE, "interactions", INTERACTIONS, "deals",
				DEALS, "reps", REPS);
		TestNeo4j.run("""
				UNWIND range(0, $reps - 1) AS i
				CREATE (:SalesRep {id: 'brep-' + i, name: 'Rep ' + i, team: 'Team ' + (i % 5)})""", sizes);
		TestNeo4j.run("""
				UNWIND range(0, $accounts - 1) AS i
				CALL (i) {
				  MATCH (r:SalesRep {id: 'brep-' + (i % $reps)})
				  CREATE (r)-[:OWNS]->(:Account {id: 'bacc-' + i, name: 'Account ' + i, signed: i % 3 = 0, vip: false,
				    lifecycle: ['POTENTIAL', 'PROSPECT', 'RETAINED', 'LOST'][i % 4],
				    createdAt: datetime('2026-01-01T09:00:00+08:00') + duration({days: i % 300})})
				} IN TRANSACTIONS OF 10000 ROWS""", sizes);
		TestNeo4j.run("""
				UNWIND range(0, $people - 1) AS i
				CALL (i) {
				  MATCH (a:Account {id: 'bacc-' + (i % $accounts)})
				  CREATE (:Person {id: 'bp-' + i, name: 'Person ' + i, decisionWeight: 0.3})-[:WORKS_AT]->(a)
				} IN TRANSACTIONS OF 10000 ROWS""", sizes);
		TestNeo4j.run("""
				UNWIND range(0, $interactions - 1) AS i
				CALL (i) {
				  MATCH (p:Person {id: 'bp-' + ((i * 7) % $people)}), (r:SalesRep {id: 'brep-' + (i % $reps)})
				  CREATE (r)-[:LOGGED]->(:Interaction {id: 'bi-' + i, name: 'Interaction ' + i,
				    kind: CASE WHEN i % 3 = 0 THEN 'VISIT' ELSE ['CALL', 'MEAL', 'EMAIL'][i % 3] END,
				    at: datetime('2026-11-23T10:00:00+08:00') - duration({days: (i * 13) % 200, hours: i % 24})})-[:WITH]->(p)
				} IN TRANSACTIONS OF 10000 ROWS""", sizes);
		// revenue is skewed (Pareto-like): the amount falls with the account number modulo 1000
		TestNeo4j.run("""
				UNWIND range(0, $deals - 1) AS i
				CALL (i) {
				  MATCH (a:Account {id: 'bacc-' + ((i * 11) % $accounts)})
				  CREATE (:Deal {id: 'bd-' + i, name: 'Deal ' + i, amount: toFloat(1000000 / (1 + ((i * 11) % $accounts) % 1000)),
				    status: ['WON', 'OPEN', 'WON', 'LOST'][i % 4], openedAt: date('2025-01-01') + duration({days: i % 500}),
				    closedAt: CASE WHEN i % 4 = 1 THEN null ELSE date('2025-06-01') + duration({days: i % 500}) END,
				    expectedCloseAt: date('2026-12-01') + duration({days: i % 400})})-[:FOR]->(a)
				} IN TRANSACTIONS OF 10000 ROWS""", sizes);
	}

}
