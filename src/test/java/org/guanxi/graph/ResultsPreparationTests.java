package org.guanxi.graph;

import io.micrometer.core.instrument.MeterRegistry;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-book results the workspace's views ask for when they open are worked out when the service starts, so
 * that the first admin to open them finds them kept; on fixtures/referral-analytics.cypher (won revenue a1 200,000,
 * a2 150,000, a4 40,000, b4 30,000, t 30,000: 450,000 in all).
 */
class ResultsPreparationTests extends GraphQlTestBase {

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
	private ResultsPreparation preparation;

	@Autowired
	private MeterRegistry meters;

	@Test
	void theViewsOfTheWholeBookFindTheirResultsKeptOncePrepared() {
		TestNeo4j.load("fixtures/referral-analytics.cypher");
		// not prepared: the views work their results out
		double workedOut = count("worked-out");
		views();
		assertThat(count("worked-out") - workedOut).as("results worked out by the views' request").isGreaterThanOrEqualTo(7);

		// the same book again: what the views' request kept no longer holds
		TestNeo4j.cleanBook();
		TestNeo4j.load("fixtures/referral-analytics.cypher");
		assertThat(this.preparation.prepare()).as("results prepared").isEqualTo(7);
		assertThat(this.preparation.readyLines()).singleElement()
			.asString()
			.contains("7 whole-book results prepared in");
		workedOut = count("worked-out");
		double kept = count("kept");
		views();
		assertThat(count("worked-out")).as("results worked out by the views' request once prepared").isEqualTo(workedOut);
		assertThat(count("kept") - kept).as("results the views found kept").isGreaterThanOrEqualTo(7);
	}

	@Test
	void withPreparationOffTheStartWorksNothingOut() {
		TestNeo4j.load("fixtures/referral-analytics.cypher");
		double workedOut = count("worked-out");
		// this context starts with guanxi.book-results.prepare-at-start=false
		this.preparation.run(new DefaultApplicationArguments());
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
