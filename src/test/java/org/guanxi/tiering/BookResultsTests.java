package org.guanxi.tiering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.guanxi.graph.Cypher;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole-book results are kept while the database does not change: the same report asked again reads nothing, a
 * write through GraphQL or straight into the database counts at the next request, and each user gets the result
 * of the accounts they may see.
 */
class BookResultsTests extends GraphQlTestBase {

	private static final String ABC = "{ abcAnalysis { totalRevenue summary { abcClass accounts revenue } } }";

	@Autowired
	private Cypher cypher;

	@Autowired
	private MeterRegistry meters;

	@Test
	void aWholeBookResultIsKeptUntilTheBookChanges() throws Exception {
		// all time: acc-1 400, acc-2 150, acc-3 150, acc-4 150, acc-5 100, acc-6 50, acc-0 0 (1000 in all)
		TestNeo4j.load("fixtures/tiering/abc.cypher");
		assertThat(total(this.graphQl)).isEqualTo(1000.0);
		double keptBefore = kept();
		List<String> issued = new ArrayList<>();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> issued.add(name))) {
			assertThat(total(this.graphQl)).isEqualTo(1000.0);
			this.graphQl.document(ABC)
				.execute()
				.path("abcAnalysis.summary[0].revenue")
				.entity(Double.class)
				.isEqualTo(550.0);
		}
		assertThat(issued).as("queries of the repeated analysis").isEmpty();
		assertThat(kept() - keptBefore).as("results kept, in the metrics").isEqualTo(2.0);

		// the open deal of acc-2 (9,000) won through GraphQL: 10,000 in all, acc-2 alone is A
		this.graphQl.document("mutation { closeDeal(input: {dealId: \"d-22\", result: WON}) { status } }")
			.execute()
			.path("closeDeal.status")
			.entity(String.class)
			.isEqualTo("WON");
		Map<String, Map<String, Object>> afterWin = new java.util.LinkedHashMap<>();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> afterWin.put(name, parameters))) {
			var afterDeal = this.graphQl.document(ABC).execute();
			afterDeal.path("abcAnalysis.totalRevenue").entity(Double.class).isEqualTo(10_000.0);
			afterDeal.path("abcAnalysis.summary[0].accounts").entity(Integer.class).isEqualTo(1);
			afterDeal.path("abcAnalysis.summary[0].revenue").entity(Double.class).isEqualTo(9_150.0);
		}
		// the deal concerns acc-2 alone: its revenue is read again, the book's ranked again
		assertThat(afterWin).as("queries after the deal").doesNotContainKey("tiering/wonRevenue");
		assertThat(afterWin.get("tiering/accountsWonRevenue").get("ids")).isEqualTo(List.of("acc-2"));

		// a write straight into the database, outside Guanxi, counts too: the lost 5,000 of acc-1 turned WON
		TestNeo4j.run("MATCH (d:Deal {id: 'd-13'}) SET d.status = 'WON'", Map.of());
		assertThat(total(this.graphQl)).isEqualTo(15_000.0);
	}

	@Test
	void aWriteChangesOnlyTheResultsThatReadWhatItTouched() throws Exception {
		TestNeo4j.load("fixtures/tiering/abc.cypher");
		TestNeo4j.run("""
				MATCH (a:Account {id: 'acc-0'})
				CREATE (:SalesRep {id: 'rep-v', name: 'Visiting', team: 'V'}),
				       (:Person {id: 'p-v', name: 'Visited', buyingRoles: [], insider: false})-[:WORKS_AT]->(a)""", Map.of());
		String overdue = "{ overdueAccounts(asOf: \"2026-11-23\") { account { id } lastVisitAt } }";
		assertThat(total(this.graphQl)).isEqualTo(1000.0);
		this.graphQl.document(overdue).execute().path("overdueAccounts[?(@.account.id == 'acc-0')].lastVisitAt")
			.entityList(String.class).containsExactly((String) null);

		// a visit: the analysis of won revenue reads no interaction and stays kept, the overdue list is worked out
		this.graphQl.document("""
				mutation { recordInteraction(input: {repId: "rep-v", personId: "p-v", kind: VISIT,
				  at: "2026-09-01T10:00:00+08:00", outcome: POSITIVE}) { id } }""").execute().path("recordInteraction.id")
			.hasValue();
		List<String> issued = new ArrayList<>();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> issued.add(name))) {
			assertThat(total(this.graphQl)).isEqualTo(1000.0);
		}
		assertThat(issued).as("queries of the analysis after the visit").isEmpty();
		this.graphQl.document(overdue).execute().path("overdueAccounts[?(@.account.id == 'acc-0')].lastVisitAt")
			.entityList(String.class).containsExactly("2026-09-01T10:00+08:00");

		// straight into the database: a deleted deal (its node's label) and a changed amount (a property it read)
		TestNeo4j.run("MATCH (d:Deal {id: 'd-61'}) DETACH DELETE d", Map.of());
		assertThat(total(this.graphQl)).isEqualTo(950.0);
		TestNeo4j.run("MATCH (d:Deal {id: 'd-11'}) SET d.amount = 400.0", Map.of());
		assertThat(total(this.graphQl)).isEqualTo(1050.0);
		// a property no query of the analysis names leaves it kept
		double keptBefore = kept();
		TestNeo4j.run("MATCH (a:Account {id: 'acc-1'}) SET a.note = 'kept'", Map.of());
		assertThat(total(this.graphQl)).isEqualTo(1050.0);
		assertThat(kept() - keptBefore).isEqualTo(1.0);
	}

	@Test
	void eachUserGetsTheResultOfTheAccountsTheyMaySee() {
		TestNeo4j.load("fixtures/tiering/abc.cypher");
		TestNeo4j.run("""
				CREATE (r:SalesRep {id: 'rep-k', name: 'Kept', team: 'K'})
				WITH r MATCH (a:Account) WHERE a.id IN ['acc-1', 'acc-6'] CREATE (r)-[:OWNS]->(a)""", Map.of());
		HttpGraphQlTester rep = signedInAs("kept-rep", "REP", "rep-k");
		assertThat(total(this.graphQl)).isEqualTo(1000.0);
		// acc-1 400 and acc-6 50, asked right after the admin's whole book
		assertThat(total(rep)).isEqualTo(450.0);
		assertThat(total(this.graphQl)).isEqualTo(1000.0);
		assertThat(total(rep)).isEqualTo(450.0);
	}

	private double kept() {
		return this.meters.get("guanxi.book-results").tag("outcome", "kept").counter().count();
	}

	private static double total(HttpGraphQlTester client) {
		return client.document(ABC).execute().path("abcAnalysis.totalRevenue").entity(Double.class).get();
	}

}
