package org.guanxi.tiering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guanxi.graph.Cypher;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-up windows on fixtures/tiering/followups.cypher (24 hours for new prospects; after a won deal a call within 3
 * days, a second contact within 7, then no 90 days without contact, listed 7 days ahead).
 */
class FollowUpGraphQlTests extends GraphQlTestBase {

	@Autowired
	private Cypher cypher;

	@BeforeEach
	void fixture() {
		TestNeo4j.load("fixtures/tiering/followups.cypher");
	}

	@Test
	void firstKeepsTheEarliestDueAndTheCountSaysHowManyAreDue() {
		// the seven follow-ups due on the fixture's today, earliest first (as listed below)
		var head = this.graphQl.document("""
				{ followUpsDue(first: 2) { account { id } reason }
				  followUpsDueCount }""").execute();
		head.path("followUpsDue[*].account.id").entityList(String.class).containsExactly("f-w3", "f-p3");
		head.path("followUpsDue[*].reason").entityList(String.class).containsExactly("PERIODIC_CONTACT", "NEW_PROSPECT");
		head.path("followUpsDueCount").entity(Integer.class).isEqualTo(7);
	}

	@Test
	void listsWhatIsDueOnTheDateEarliestFirst() {
		var due = this.graphQl.documentName("followUpsDue").execute();
		due.path("followUpsDue[*].account.id")
			.entityList(String.class)
			.containsExactly("f-w3", "f-p3", "f-p1", "f-w1", "f-w2", "f-w1", "f-w4");
		due.path("followUpsDue[*].reason")
			.entityList(String.class)
			.containsExactly("PERIODIC_CONTACT", "NEW_PROSPECT", "NEW_PROSPECT", "AFTER_SALE_CALL", "THANK_YOU_CALL",
					"THANK_YOU_CALL", "PERIODIC_CONTACT");
		due.path("followUpsDue[*].dueAt")
			.entityList(String.class)
			.containsExactly("2026-11-03", "2026-11-22", "2026-11-23", "2026-11-23", "2026-11-25", "2026-11-27",
					"2026-11-30");
		due.path("followUpsDue[*].overdue")
			.entityList(Boolean.class)
			.containsExactly(true, true, false, false, false, false, false);
		due.path("followUpsDue[2].deadline").entity(String.class).isEqualTo("2026-11-23T15:00+08:00");
		// f-p3's only contact (11-19) came before it became a prospect: nobody has contacted it since
		due.path("followUpsDue[1].firstContactAt").valueIsNull();
		due.path("followUpsDue[2].deal").valueIsNull();
		due.path("followUpsDue[0].deadline").valueIsNull();
		due.path("followUpsDue[0].deal.id").entity(String.class).isEqualTo("fd-w3");
		due.path("followUpsDue[3].deal.id").entity(String.class).isEqualTo("fd-w1");
	}

	@Test
	void windowsOpenAndCloseWithTheDate() {
		// 11-24: the first call of f-w1 (due 11-23) is overdue; the 24 hours of f-p1 have passed
		var nov24 = this.graphQl.documentName("followUpsDue").variable("asOf", "2026-11-24").execute();
		nov24.path("followUpsDue[?(@.account.id == 'f-w1')].overdue").entityList(Boolean.class).containsExactly(true, false);
		nov24.path("followUpsDue[?(@.account.id == 'f-p1')].overdue").entityList(Boolean.class).containsExactly(true);
		// 11-28: the first call is replaced by the thank-you call, now overdue; f-w5 (won 11-25) owes its calls
		var nov28 = this.graphQl.documentName("followUpsDue").variable("asOf", "2026-11-28").execute();
		nov28.path("followUpsDue[?(@.account.id == 'f-w1')].reason").entityList(String.class).containsExactly("THANK_YOU_CALL");
		nov28.path("followUpsDue[?(@.account.id == 'f-w1')].overdue").entityList(Boolean.class).containsExactly(true);
		nov28.path("followUpsDue[?(@.account.id == 'f-w5')].dueAt")
			.entityList(String.class)
			.containsExactly("2026-11-28", "2026-12-02");
		// 11-22: f-w4's periodic contact (due 11-30) is more than 7 days away; f-p1, a prospect since 15:00, has
		// until 15:00 the next day
		var nov22 = this.graphQl.documentName("followUpsDue").variable("asOf", "2026-11-22").execute();
		nov22.path("followUpsDue[*].account.id").entityList(String.class).doesNotContain("f-w4");
		nov22.path("followUpsDue[?(@.account.id == 'f-p1')].dueAt").entityList(String.class).containsExactly("2026-11-23");
		nov22.path("followUpsDue[?(@.account.id == 'f-p1')].overdue").entityList(Boolean.class).containsExactly(false);
		// 11-21, before f-p1 became a prospect (11-22 15:00)
		var nov21 = this.graphQl.documentName("followUpsDue").variable("asOf", "2026-11-21").execute();
		nov21.path("followUpsDue[*].account.id").entityList(String.class).doesNotContain("f-p1");
	}

	@Test
	void aProspectContactedLateStaysListedWithItsFirstContact() {
		// f-p3 became a prospect 11-21 10:00; a call 25 hours later misses the 24 hours
		TestNeo4j.run("""
				MATCH (p:Person {id: 'p-f-p3'})
				CREATE (:Interaction {id: 'late', name: 'call', kind: 'CALL', at: datetime('2026-11-22T11:00:00+08:00')})-[:WITH]->(p)""");
		String p3 = "followUpsDue[?(@.account.id == 'f-p3')]";
		var nov23 = this.graphQl.documentName("followUpsDue").variable("asOf", "2026-11-23").execute();
		nov23.path(p3 + ".reason").entityList(String.class).containsExactly("NEW_PROSPECT");
		nov23.path(p3 + ".dueAt").entityList(String.class).containsExactly("2026-11-22");
		nov23.path(p3 + ".deadline").entityList(String.class).containsExactly("2026-11-22T10:00+08:00");
		nov23.path(p3 + ".firstContactAt").entityList(String.class).containsExactly("2026-11-22T11:00+08:00");
		nov23.path(p3 + ".overdue").entityList(Boolean.class).containsExactly(true);
		// as of 11-21 the late call has not happened yet: due the next day, nobody contacted
		var nov21 = this.graphQl.documentName("followUpsDue").variable("asOf", "2026-11-21").execute();
		nov21.path(p3 + ".dueAt").entityList(String.class).containsExactly("2026-11-22");
		nov21.path(p3 + ".overdue").entityList(Boolean.class).containsExactly(false);
		nov21.path(p3 + ".firstContactAt").entityList(Object.class).containsExactly((Object) null);
		// a contact exactly at the deadline is in time
		TestNeo4j.run("""
				MATCH (p:Person {id: 'p-f-p3'})
				CREATE (:Interaction {id: 'on-time', name: 'email', kind: 'EMAIL', at: datetime('2026-11-22T10:00:00+08:00')})-[:WITH]->(p)""");
		this.graphQl.documentName("followUpsDue")
			.variable("asOf", "2026-11-23")
			.execute()
			.path("followUpsDue[*].account.id")
			.entityList(String.class)
			.containsExactly("f-w3", "f-p1", "f-w1", "f-w2", "f-w1", "f-w4");
	}

	@Test
	void aContactClearsTheFollowUpAndTheRepFilterKeepsOwnedAccounts() {
		// f-p1 became a prospect 11-22 15:00: a call the next morning is within its 24 hours
		TestNeo4j.run("""
				MATCH (p:Person {id: 'p-f-p1'})
				CREATE (:Interaction {id: 'in-time', name: 'call', kind: 'CALL', at: datetime('2026-11-23T09:00:00+08:00')})-[:WITH]->(p)""");
		var due = this.graphQl.documentName("followUpsDue").variable("repId", "rep-1").execute();
		due.path("followUpsDue[*].account.id").entityList(String.class).containsExactly("f-w1", "f-w1");
		due.path("followUpsDue[*].reason").entityList(String.class).containsExactly("AFTER_SALE_CALL", "THANK_YOU_CALL");
	}

	@Test
	void aChangeToEveryAccountsDealsLeavesTheContactsKept() throws Exception {
		// a deal written outside Guanxi for something that is no account: a change that may concern any account's
		// deals, none of the interactions (once before, so that the follow-ups are worked out in full from here)
		TestNeo4j.run("CREATE (:Deal {id: 'd-elsewhere', status: 'WON', closedAt: date('2026-11-01')})-[:FOR]->(:Project {id: 'x'})");
		this.graphQl.documentName("followUpsDue").execute().path("followUpsDue[*].account.id")
			.entityList(String.class).containsExactly("f-w3", "f-p3", "f-p1", "f-w1", "f-w2", "f-w1", "f-w4");
		TestNeo4j.run("CREATE (:Deal {id: 'd-elsewhere-2', status: 'WON', closedAt: date('2026-11-02')})-[:FOR]->(:Project {id: 'y'})");
		Map<String, Object> issued = new java.util.LinkedHashMap<>();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> issued.put(name, parameters))) {
			this.graphQl.documentName("followUpsDue").execute().path("followUpsDue[*].account.id")
				.entityList(String.class).containsExactly("f-w3", "f-p3", "f-p1", "f-w1", "f-w2", "f-w1", "f-w4");
		}
		// the facts of every account are read again, the times of the contacts are kept
		assertThat(issued).containsKey("tiering/followUpFacts").doesNotContainKey("tiering/contactTimes");
		assertThat(((Map<?, ?>) issued.get("tiering/followUpFacts")).get("ids")).isNull();

		// a contact logged: its account's contact times are read again, and its follow-ups with them
		this.graphQl.document("""
				mutation { recordInteraction(input: {repId: "rep-1", personId: "p-f-w1", kind: CALL,
				  at: "2026-11-23T09:00:00+08:00", outcome: POSITIVE}) { id } }""").execute()
			.path("recordInteraction.id").hasValue();
		issued.clear();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> issued.put(name, parameters))) {
			this.graphQl.documentName("followUpsDue").execute().path("followUpsDue[*].account.id")
				.entityList(String.class).containsExactly("f-w3", "f-p3", "f-p1", "f-w2", "f-w1", "f-w4");
		}
		assertThat(((Map<?, ?>) issued.get("tiering/contactTimes")).get("ids")).isEqualTo(List.of("f-w1"));
	}

	@Test
	void aCallLoggedThroughGraphQlIsWorkedInForItsAccountAlone() throws Exception {
		this.graphQl.documentName("followUpsDue").execute().path("followUpsDue[*].account.id")
			.entityList(String.class).containsExactly("f-w3", "f-p3", "f-p1", "f-w1", "f-w2", "f-w1", "f-w4");
		// the first call after f-w1's sale (won 11-20): its after-sale call is done, the thank-you call still due
		this.graphQl.document("""
				mutation { recordInteraction(input: {repId: "rep-1", personId: "p-f-w1", kind: CALL,
				  at: "2026-11-23T09:00:00+08:00", outcome: POSITIVE}) { id } }""").execute()
			.path("recordInteraction.id").hasValue();
		List<Map<String, Object>> facts = new ArrayList<>();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> {
			if (name.equals("tiering/followUpFacts")) {
				facts.add(parameters);
			}
		})) {
			var due = this.graphQl.documentName("followUpsDue").execute();
			due.path("followUpsDue[*].account.id")
				.entityList(String.class)
				.containsExactly("f-w3", "f-p3", "f-p1", "f-w2", "f-w1", "f-w4");
			due.path("followUpsDue[*].reason")
				.entityList(String.class)
				.containsExactly("PERIODIC_CONTACT", "NEW_PROSPECT", "NEW_PROSPECT", "THANK_YOU_CALL", "THANK_YOU_CALL",
						"PERIODIC_CONTACT");
		}
		assertThat(facts).as("the facts read after the call").hasSize(1);
		assertThat(facts.get(0).get("ids")).as("accounts whose facts are read again").isEqualTo(List.of("f-w1"));

		// four requests at once after a change: one reads the changed account's facts, the others wait for it
		TestNeo4j.run("""
				MATCH (p:Person {id: 'p-f-p1'})
				CREATE (:Interaction {id: 'in-time', name: 'call', kind: 'CALL', at: datetime('2026-11-23T09:00:00+08:00')})-[:WITH]->(p)""");
		facts.clear();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> {
			if (name.equals("tiering/followUpFacts")) {
				facts.add(parameters);
			}
		})) {
			List<java.util.concurrent.Future<List<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				answers.add(pool.submit(() -> this.graphQl.documentName("followUpsDue").execute()
					.path("followUpsDue[*].account.id").entityList(String.class).get()));
			}
			for (var answer : answers) {
				assertThat(answer.get()).containsExactly("f-w3", "f-p3", "f-w2", "f-w1", "f-w4");
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(facts).as("the facts read for the four requests").hasSize(1);
		assertThat(facts.get(0).get("ids")).isEqualTo(List.of("f-p1"));
		// a second contact: the thank-you call is done too
		TestNeo4j.run("""
				MATCH (p:Person {id: 'p-f-w1'})
				CREATE (:Interaction {id: 'second', name: 'visit', kind: 'VISIT', at: datetime('2026-11-23T09:30:00+08:00')})-[:WITH]->(p)""");
		this.graphQl.documentName("followUpsDue").execute().path("followUpsDue[*].account.id")
			.entityList(String.class).containsExactly("f-w3", "f-p3", "f-w2", "f-w4");
	}

	@Test
	void emptyBookHasNoFollowUps() {
		TestNeo4j.cleanBook();
		this.graphQl.documentName("followUpsDue").execute().path("followUpsDue").entityList(Object.class).hasSize(0);
	}

}
