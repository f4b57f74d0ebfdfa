package org.guanxi.workspace;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.guanxi.support.GraphFingerprint;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests the service runs at start so that the views' first requests find their whole-book results kept and
 * their code compiled and their Cypher planned: every one of them answers without an error on the demo book (the
 * warm-up document follows the schema), fewer on an empty book, and none writes anything; after them the views of
 * the whole book find their results kept (fixtures/referral-analytics.cypher: won revenue a1 200,000, a2 150,000,
 * a4 40,000, b4 30,000, t 30,000: 450,000 in all).
 */
class WorkspaceWarmUpTests extends GraphQlTestBase {

	/** What the referral view and the tiers view ask for when they open with their defaults, in one document. */
	private static final String VIEWS = """
			{ referralSourceReport(groupBy: SOURCE) { key revenue }
			  topReferrers(first: 2) { totalRevenue }
			  abcAnalysis { totalRevenue summary { abcClass accounts } }
			  overdueAccounts(first: 5) { account { id } } overdueAccountCount
			  visitPlan(month: "2026-11", first: 5) { account { id } } visitPlanCount(month: "2026-11")
			  followUpsDue(first: 5) { account { id } } followUpsDueCount
			  funnel(groupBy: LEAD_SOURCE_KIND) { total } }""";

	@Autowired
	private WorkspaceWarmUp warmUp;

	@Autowired
	private MeterRegistry meters;

	@Test
	void everyRequestOfTheViewsAnswersOnTheDemoBookAndNothingIsWritten() {
		this.clock.set(OffsetDateTime.now(ZoneId.of("Asia/Shanghai")));
		TestNeo4j.load("cypher/demo/demo-data.cypher");
		List<Object> before = GraphFingerprint.take();
		// Start, Accounts, Tiers, Account (of the first account in ABC order), Referrals (of the top referral source),
		// Intro (from the first rep to that account's first person)
		assertThat(this.warmUp.warmUp()).isEqualTo(6);
		assertThat(GraphFingerprint.take()).isEqualTo(before);
		assertThat(this.warmUp.readyLines()).singleElement().asString().contains("6 requests of the views answered in");
	}

	@Test
	void anEmptyBookLeavesOutTheRequestsOfAnAccountASourceAndARep() {
		TestNeo4j.cleanBook();
		assertThat(this.warmUp.warmUp()).as("Start, Accounts and Tiers").isEqualTo(3);
	}

	@Test
	void theViewsOfTheWholeBookFindTheirResultsKeptOnceWarmedUp() {
		TestNeo4j.load("fixtures/referral-analytics.cypher");
		// not warmed up: the views work their results out (or bring up to date those an earlier test kept)
		double done = count("worked-out") + count("patched");
		views();
		assertThat(count("worked-out") + count("patched") - done).as("results worked out by the views' request")
			.isGreaterThanOrEqualTo(7);

		// the same book again: what the views' request kept no longer holds
		TestNeo4j.cleanBook();
		TestNeo4j.load("fixtures/referral-analytics.cypher");
		assertThat(this.warmUp.warmUp()).as("requests answered").isEqualTo(6);
		done = count("worked-out") + count("patched");
		double kept = count("kept");
		views();
		assertThat(count("worked-out") + count("patched")).as("results worked out by the views' request once warmed up")
			.isEqualTo(done);
		assertThat(count("kept") - kept).as("results the views found kept").isGreaterThanOrEqualTo(7);
	}

	@Test
	void withTheWarmUpOffTheStartWorksNothingOut() {
		TestNeo4j.load("fixtures/referral-analytics.cypher");
		double workedOut = count("worked-out");
		// this context starts with guanxi.workspace.warm-up=false
		this.warmUp.run(new DefaultApplicationArguments());
		assertThat(count("worked-out")).isEqualTo(workedOut);
	}

	/** Opens the views' data and checks it: the kept results are those of this book. */
	private void views() {
		var views = this.graphQl.document(VIEWS).execute();
		// all time: org-ins 200000 (a1), ch-radio 180000 (a2 150000, b4 30000), a1 150000 (a2) + 0 (b1)
		views.path("referralSourceReport[0].key").entity(String.class).isEqualTo("org-ins");
		views.path("referralSourceReport[0].revenue").entity(Double.class).isEqualTo(200000.0);
		views.path("referralSourceReport[1].revenue").entity(Double.class).isEqualTo(180000.0);
		views.path("topReferrers[*].totalRevenue").entityList(Double.class).containsExactly(287500.0, 205000.0);
		views.path("abcAnalysis.totalRevenue").entity(Double.class).isEqualTo(450000.0);
	}

	private double count(String outcome) {
		return this.meters.get("guanxi.book-results").tag("outcome", outcome).counter().count();
	}

}
