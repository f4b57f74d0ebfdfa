package org.guanxi.tiering;

import java.util.List;
import java.util.Map;

import org.guanxi.graph.Cypher;
import org.guanxi.support.GraphQlErrors;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AbcGraphQlTests extends GraphQlTestBase {

	@Autowired
	private Cypher cypher;

	@Test
	void accountExactlyAtTheThresholdBeforeItIsTheNextClassAndTiesGoById() {
		TestNeo4j.load("fixtures/tiering/abc.cypher");
		var result = this.graphQl.documentName("abcAnalysis").execute();
		result.path("abcAnalysis.totalRevenue").entity(Double.class).isEqualTo(1000.0);
		result.path("abcAnalysis.entries[*].account.id")
			.entityList(String.class)
			.containsExactly("acc-1", "acc-2", "acc-3", "acc-4", "acc-5", "acc-6", "acc-0");
		result.path("abcAnalysis.entries[*].abcClass")
			.entityList(String.class)
			.containsExactly("A", "A", "B", "B", "C", "C", "C");
		result.path("abcAnalysis.entries[*].revenue")
			.entityList(Double.class)
			.containsExactly(400.0, 150.0, 150.0, 150.0, 100.0, 50.0, 0.0);
		assertDoubles(result.path("abcAnalysis.entries[*].share").entityList(Double.class).get(), 0.4, 0.15, 0.15,
				0.15, 0.1, 0.05, 0.0);
		assertDoubles(result.path("abcAnalysis.entries[*].cumulativeShare").entityList(Double.class).get(), 0.4, 0.55,
				0.7, 0.85, 0.95, 1.0, 1.0);
		result.path("abcAnalysis.entries[0].account.name").entity(String.class).isEqualTo("Alpha");
		result.path("abcAnalysis.summary[*].abcClass").entityList(String.class).containsExactly("A", "B", "C");
		result.path("abcAnalysis.summary[*].accounts").entityList(Integer.class).containsExactly(2, 2, 3);
		assertDoubles(result.path("abcAnalysis.summary[*].accountShare").entityList(Double.class).get(), 2 / 7.0,
				2 / 7.0, 3 / 7.0);
		assertDoubles(result.path("abcAnalysis.summary[*].revenueShare").entityList(Double.class).get(), 0.55, 0.3,
				0.15);
		result.path("abcAnalysis.summary[*].revenue").entityList(Double.class).containsExactly(550.0, 300.0, 150.0);
		result.path("abcAnalysis.summary[*].targetAccountShare").entityList(Double.class).containsExactly(0.2, 0.4, 0.4);
	}

	@Test
	void curveGroupsConsecutiveRanksOfOneClassInProportionToTheClassSize() {
		TestNeo4j.load("fixtures/tiering/abc.cypher");
		// revenues by rank 400 150 | 150 150 | 100 50 0 (A A | B B | C C C); 5 points: A round(5 * 2/7) = 1 group,
		// B 1, C round(5 * 3/7) = 2 groups, cut at 3 * 1/2 = 1: ranks 5 and 6-7
		var five = this.graphQl.documentName("abcCurve").variable("points", 5).execute();
		five.path("abcAnalysis.curve[*].fromRank").entityList(Integer.class).containsExactly(1, 3, 5, 6);
		five.path("abcAnalysis.curve[*].toRank").entityList(Integer.class).containsExactly(2, 4, 5, 7);
		five.path("abcAnalysis.curve[*].accounts").entityList(Integer.class).containsExactly(2, 2, 1, 2);
		five.path("abcAnalysis.curve[*].revenue").entityList(Double.class).containsExactly(550.0, 300.0, 100.0, 50.0);
		five.path("abcAnalysis.curve[*].abcClass").entityList(String.class).containsExactly("A", "B", "C", "C");
		assertDoubles(five.path("abcAnalysis.curve[*].cumulativeShare").entityList(Double.class).get(), 0.55, 0.85,
				0.95, 1.0);
		assertDoubles(five.path("abcAnalysis.curve[*].accountShare").entityList(Double.class).get(), 2 / 7.0,
				4 / 7.0, 5 / 7.0, 1.0);

		// no more accounts than points (the default is 100): one point per account
		var all = this.graphQl.documentName("abcCurve").execute();
		all.path("abcAnalysis.curve[*].fromRank").entityList(Integer.class).containsExactly(1, 2, 3, 4, 5, 6, 7);
		all.path("abcAnalysis.curve[*].revenue")
			.entityList(Double.class)
			.containsExactly(400.0, 150.0, 150.0, 150.0, 100.0, 50.0, 0.0);

		GraphQlErrors.assertFails(this.graphQl.documentName("abcCurve").variable("points", 0).execute(),
				ErrorType.BAD_REQUEST, "points must be between 1 and 500, got 0");
	}

	@Test
	void entriesComeInPagesOfOneClassWithTheirAccountsFromOneAnalysis() throws Exception {
		TestNeo4j.load("fixtures/tiering/abc.cypher");
		// ranks: acc-1 A, acc-2 A, acc-3 B, acc-4 B, acc-5 C, acc-6 C, acc-0 C
		List<String> names = new java.util.ArrayList<>();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> names.add(name))) {
			var page = this.graphQl.document("""
					{ abcAnalysis { summary { abcClass accounts }
					    entries(abcClass: C, offset: 1, first: 5) { abcClass revenue account { id name visitOverdue } } } }""")
				.execute();
			page.path("abcAnalysis.entries[*].account.id").entityList(String.class).containsExactly("acc-6", "acc-0");
			page.path("abcAnalysis.entries[*].account.name").entityList(String.class).containsExactly("Zeta", "Zero");
			page.path("abcAnalysis.entries[*].revenue").entityList(Double.class).containsExactly(50.0, 0.0);
			page.path("abcAnalysis.entries[*].abcClass").entityList(String.class).containsExactly("C", "C");
			// neither account was ever visited: both are overdue
			page.path("abcAnalysis.entries[*].account.visitOverdue").entityList(Boolean.class).containsExactly(true, true);
			page.path("abcAnalysis.summary[2].accounts").entity(Integer.class).isEqualTo(3);
		}
		// the overdue flags take their classes from the same analysis
		assertThat(revenueReads(names)).isEqualTo(1);

		this.graphQl.document("{ abcAnalysis { entries(first: 3) { account { id } } } }")
			.execute()
			.path("abcAnalysis.entries[*].account.id")
			.entityList(String.class)
			.containsExactly("acc-1", "acc-2", "acc-3");
		this.graphQl.document("{ abcAnalysis { entries(abcClass: B) { account { id } } } }")
			.execute()
			.path("abcAnalysis.entries[*].account.id")
			.entityList(String.class)
			.containsExactly("acc-3", "acc-4");
		this.graphQl.document("{ abcAnalysis { entries(abcClass: A, offset: 2) { account { id } } } }")
			.execute()
			.path("abcAnalysis.entries")
			.entityList(Object.class)
			.hasSize(0);
		GraphQlErrors.assertFails(this.graphQl.document("{ abcAnalysis { entries(offset: -1) { revenue } } }").execute(),
				ErrorType.BAD_REQUEST, "offset must be 0 or more, got -1");
		GraphQlErrors.assertFails(this.graphQl.document("{ abcAnalysis { entries(first: 0) { revenue } } }").execute(),
				ErrorType.BAD_REQUEST, "first must be 1 or more, got 0");
	}

	@Test
	void periodCountsWonDealsClosedOnItsFirstAndLastDay() {
		TestNeo4j.load("fixtures/tiering/abc.cypher");
		var result = this.graphQl.documentName("abcAnalysis")
			.variable("from", "2026-01-01")
			.variable("to", "2026-12-31")
			.execute();
		result.path("abcAnalysis.totalRevenue").entity(Double.class).isEqualTo(850.0);
		result.path("abcAnalysis.entries[*].account.id")
			.entityList(String.class)
			.containsExactly("acc-1", "acc-2", "acc-3", "acc-4", "acc-5", "acc-0", "acc-6");
		// shares before: 0, 300/850, 450/850 = 0.529 (A), 600/850 = 0.706 (B), 750/850 = 0.882 (C)
		result.path("abcAnalysis.entries[*].abcClass")
			.entityList(String.class)
			.containsExactly("A", "A", "A", "B", "C", "C", "C");
		result.path("abcAnalysis.entries[*].revenue")
			.entityList(Double.class)
			.containsExactly(300.0, 150.0, 150.0, 150.0, 100.0, 0.0, 0.0);
		assertDoubles(result.path("abcAnalysis.entries[*].cumulativeShare").entityList(Double.class).get(),
				300 / 850.0, 450 / 850.0, 600 / 850.0, 750 / 850.0, 1.0, 1.0, 1.0);
		result.path("abcAnalysis.summary[*].accounts").entityList(Integer.class).containsExactly(3, 1, 3);

		this.graphQl.documentName("abcAnalysis")
			.variable("from", "2026-12-31")
			.execute()
			.path("abcAnalysis.entries[0].account.id")
			.entity(String.class)
			.isEqualTo("acc-5");
	}

	@Test
	void oneAccountAboveTheAThresholdAloneIsTheOnlyA() {
		TestNeo4j.run("""
				CREATE (big:Account {id: 'big', name: 'Big'}), (x:Account {id: 'x', name: 'X'}), (y:Account {id: 'y', name: 'Y'})
				CREATE (:Deal {id: 'b1', amount: 700.0, status: 'WON', closedAt: date('2026-01-01')})-[:FOR]->(big),
				       (:Deal {id: 'x1', amount: 200.0, status: 'WON', closedAt: date('2026-01-01')})-[:FOR]->(x),
				       (:Deal {id: 'y1', amount: 100.0, status: 'WON', closedAt: date('2026-01-01')})-[:FOR]->(y)""");
		this.graphQl.documentName("abcAnalysis")
			.execute()
			.path("abcAnalysis.entries[*].abcClass")
			.entityList(String.class)
			.containsExactly("A", "B", "C");
		// with aThreshold 0.8, x (0.7 before it) becomes A; with bThreshold 1, y (0.9 before it) becomes B
		this.graphQl.documentName("abcAnalysis")
			.variable("a", 0.8)
			.variable("b", 1.0)
			.execute()
			.path("abcAnalysis.entries[*].abcClass")
			.entityList(String.class)
			.containsExactly("A", "A", "B");
	}

	@Test
	void emptyBookAndZeroRevenueNeedNoDivision() {
		var empty = this.graphQl.documentName("abcAnalysis").execute();
		empty.path("abcAnalysis.totalRevenue").entity(Double.class).isEqualTo(0.0);
		empty.path("abcAnalysis.entries").entityList(Object.class).hasSize(0);
		empty.path("abcAnalysis.summary[*].accounts").entityList(Integer.class).containsExactly(0, 0, 0);
		empty.path("abcAnalysis.summary[*].accountShare").entityList(Double.class).containsExactly(0.0, 0.0, 0.0);

		TestNeo4j.run("CREATE (:Account {id: 'q2', name: 'Q2'}), (:Account {id: 'q1', name: 'Q1'})");
		var zero = this.graphQl.documentName("abcAnalysis").execute();
		zero.path("abcAnalysis.entries[*].account.id").entityList(String.class).containsExactly("q1", "q2");
		zero.path("abcAnalysis.entries[*].abcClass").entityList(String.class).containsExactly("C", "C");
		zero.path("abcAnalysis.entries[*].share").entityList(Double.class).containsExactly(0.0, 0.0);
		zero.path("abcAnalysis.entries[*].cumulativeShare").entityList(Double.class).containsExactly(0.0, 0.0);
		zero.path("abcAnalysis.summary[*].accountShare").entityList(Double.class).containsExactly(0.0, 0.0, 1.0);
		zero.path("abcAnalysis.summary[*].revenueShare").entityList(Double.class).containsExactly(0.0, 0.0, 0.0);
	}

	@Test
	void rejectsBadThresholdsAndPeriods() {
		for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("a", 0.9, "b", 0.5), Map.of("a", 0.0),
				Map.of("a", -0.1), Map.of("b", 1.5))) {
			var request = this.graphQl.documentName("abcAnalysis");
			bad.forEach(request::variable);
			request.execute().errors().satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("0 < aThreshold <= bThreshold <= 1");
			});
		}
		this.graphQl.documentName("abcAnalysis")
			.variable("from", "2026-12-01")
			.variable("to", "2026-11-01")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("from 2026-12-01 is after to 2026-11-01"));
	}

	@Test
	void accountAbcClassUsesTheDefaultsOverAllTimeComputedOncePerRequest() throws Exception {
		TestNeo4j.load("fixtures/tiering/abc.cypher");
		this.graphQl.documentName("accountAbcClass")
			.variable("id", "acc-3")
			.execute()
			.path("account.abcClass")
			.entity(String.class)
			.isEqualTo("B");
		// a change of what the analysis reads (the amount of a lost deal): the analysis kept from the request above
		// is worked out again
		TestNeo4j.run("MATCH (d:Deal {id: 'd-13'}) SET d.amount = 6000.0", Map.of());
		long before = this.cypher.issuedQueries();
		var page = this.graphQl.documentName("accountsAbcClass").variable("first", 10).execute();
		long issued = this.cypher.issuedQueries() - before;
		page.path("accounts.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("acc-1", "acc-2", "acc-4", "acc-5", "acc-3", "acc-0", "acc-6");
		page.path("accounts.edges[*].node.abcClass")
			.entityList(String.class)
			.containsExactly("A", "A", "B", "C", "B", "C", "C");
		// the page, then the won revenue and the list of accounts once for the whole page
		assertThat(issued).isEqualTo(3);
		// the same page again on the unchanged book: only the page is read, the analysis is kept
		before = this.cypher.issuedQueries();
		this.graphQl.documentName("accountsAbcClass")
			.variable("first", 10)
			.execute()
			.path("accounts.edges[*].node.abcClass")
			.entityList(String.class)
			.containsExactly("A", "A", "B", "C", "B", "C", "C");
		assertThat(this.cypher.issuedQueries() - before).isEqualTo(1);
		TestNeo4j.run("MATCH (d:Deal {id: 'd-13'}) SET d.amount = 7000.0", Map.of());

		// the class and the suggested relationship level (which names the class and rank) share one analysis
		List<String> names = new java.util.ArrayList<>();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> names.add(name))) {
			this.graphQl.document("{ account(id: \"acc-3\") { abcClass suggestedRelationshipLevel { reason } } }")
				.execute()
				.path("account.suggestedRelationshipLevel.reason")
				.entity(String.class)
				.satisfies(reason -> assertThat(reason).contains("B by revenue", "rank 3 of 7"));
		}
		assertThat(revenueReads(names)).isEqualTo(1);
	}

	/**
	 * How many times the won revenue was read: of the whole book, or of the accounts changed since a kept analysis
	 * (an earlier test's book replaced by this one's, the amount of a deal changed).
	 */
	private static long revenueReads(List<String> names) {
		return names.stream()
			.filter(name -> name.equals("tiering/wonRevenue") || name.equals("tiering/accountsWonRevenue"))
			.count();
	}

	private static void assertDoubles(List<Double> actual, double... expected) {
		assertThat(actual).hasSize(expected.length);
		for (int i = 0; i < expected.length; i++) {
			assertThat(actual.get(i)).as("value %d", i).isCloseTo(expected[i], within(1e-12));
		}
	}

}
