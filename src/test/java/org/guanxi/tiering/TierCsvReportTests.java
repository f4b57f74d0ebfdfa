package org.guanxi.tiering;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.guanxi.support.CsvExports;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ABC analysis and the overdue accounts as CSV exports ({@code GET /export/{name}.csv}): every row in the
 * report's order, with the values GraphQL answers.
 */
class TierCsvReportTests extends GraphQlTestBase {

	private static final Map<String, String> ACCOUNT_PATHS = CsvExports.paths("accountId", "account.id",
			"accountName", "account.name");

	@LocalServerPort
	int port;

	@Test
	void abcAnalysisListsEveryAccountByRevenueWithTheDefaultThresholdsOverAllTime() {
		TestNeo4j.load("fixtures/tiering/abc.cypher");
		String csv = CsvExports.get(http(), "abc_analysis");
		// total 1000; acc-3 has exactly 55% before it (B); acc-2/3/4 tie at 150 and go by id; acc-0 has nothing
		assertThat(csv).isEqualTo("""
				accountId,accountName,revenue,share,cumulativeShare,abcClass
				acc-1,Alpha,400,0.4,0.4,A
				acc-2,Beta,150,0.15,0.55,A
				acc-3,Gamma,150,0.15,0.7,B
				acc-4,Delta,150,0.15,0.85,B
				acc-5,Epsilon,100,0.1,0.95,C
				acc-6,Zeta,50,0.05,1,C
				acc-0,Zero,0,0,1,C
				""");
		CsvExports.assertSameAsGraphQl(CsvExports.rows(csv), abcEntries(), ACCOUNT_PATHS);
	}

	@Test
	void abcSharesKeepEveryDigitGraphQlGives() {
		TestNeo4j.run("""
				UNWIND ['t1', 't2', 't3'] AS id
				CREATE (:Deal {id: 'd-' + id, amount: 100.0, status: 'WON', closedAt: date('2026-01-01')})
				       -[:FOR]->(:Account {id: id, name: 'Third ' + id})""");
		String csv = CsvExports.get(http(), "abc_analysis");
		assertThat(csv.lines()).containsExactly("accountId,accountName,revenue,share,cumulativeShare,abcClass",
				"t1,Third t1,100,0.3333333333333333,0.3333333333333333,A",
				"t2,Third t2,100,0.3333333333333333,0.6666666666666666,A",
				"t3,Third t3,100,0.3333333333333333,1,B");
		CsvExports.assertSameAsGraphQl(CsvExports.rows(csv), abcEntries(), ACCOUNT_PATHS);
	}

	@Test
	void overdueAccountsAreTheWholeBookAsOfTodayInTheTeamsTimeZone() {
		TestNeo4j.load("fixtures/tiering/visits.cypher");
		// 2026-12-01 17:30 UTC is already 2026-12-02 in Shanghai: v-b 22 days (B, 15 allowed), v-a 11 (A, 10),
		// v-c 31 (C, 30); v-m and v-n never visited come first; every owner's accounts are in
		this.clock.set(OffsetDateTime.parse("2026-12-01T17:30:00Z"));
		String csv = CsvExports.get(http(), "overdue_accounts");
		assertThat(csv).isEqualTo("""
				accountId,accountName,abcClass,lastVisitAt,daysSinceLastVisit,allowedDays,overdueDays
				v-m,M Corp,C,,,30,
				v-n,N Corp,C,,,30,
				v-b,B Corp,B,2026-11-10T09:00:00+08:00,22,15,7
				v-a,A Corp,A,2026-11-20T17:30:00Z,11,10,1
				v-c,C Corp,C,2026-10-31T20:00:00Z,31,30,1
				""");
		CsvExports.assertSameAsGraphQl(CsvExports.rows(csv), overdueAccounts(), ACCOUNT_PATHS);

		// on 2026-12-01 in Shanghai only v-b is overdue among the visited accounts
		this.clock.set(OffsetDateTime.parse("2026-12-01T15:59:00Z"));
		assertThat(CsvExports.rows(CsvExports.get(http(), "overdue_accounts")))
			.extracting(row -> row.get("accountId"))
			.containsExactly("v-m", "v-n", "v-b");
	}

	@Test
	void anEmptyBookGivesTheHeadersOnly() {
		assertThat(CsvExports.get(http(), "abc_analysis"))
			.isEqualTo("accountId,accountName,revenue,share,cumulativeShare,abcClass\n");
		assertThat(CsvExports.get(http(), "overdue_accounts"))
			.isEqualTo("accountId,accountName,abcClass,lastVisitAt,daysSinceLastVisit,allowedDays,overdueDays\n");
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private List<Map<String, Object>> abcEntries() {
		return (List) this.graphQl.documentName("abcAnalysisRows").execute().path("abcAnalysis.entries").entityList(Map.class).get();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private List<Map<String, Object>> overdueAccounts() {
		return (List) this.graphQl.documentName("overdueAccountsRows").execute().path("overdueAccounts").entityList(Map.class).get();
	}

}
