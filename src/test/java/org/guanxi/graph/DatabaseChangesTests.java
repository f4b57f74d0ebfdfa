package org.guanxi.graph;

import java.util.Map;
import java.util.Set;

import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a commit touches, as the kept whole-book results see it: labels of created and deleted nodes, types of
 * created and deleted relationships, keys of properties changed on what existed before; and what a query reads,
 * told from its text.
 */
class DatabaseChangesTests {

	private final DatabaseChanges changes = TestNeo4j.changes();

	private static final Reads DEALS = Reads.of("MATCH (d:Deal)-[:FOR]->(a:Account) RETURN a.id, sum(d.amount)");

	@BeforeEach
	void book() {
		TestNeo4j.clean();
		TestNeo4j.run("CREATE (:Deal {id: 'd-1', amount: 10.0, status: 'WON'})-[:FOR]->(:Account {id: 'a-1', name: 'A'})");
	}

	@Test
	void aCommitTouchesWhatItWrote() {
		long start = this.changes.sequence();
		// a node of another label, a property no one reads, a tie of another type: the deals are unchanged
		TestNeo4j.run("CREATE (:Interaction {id: 'i-1', amount: 5.0})");
		TestNeo4j.run("MATCH (a:Account {id: 'a-1'}) SET a.note = 'x'");
		TestNeo4j.run("MATCH (a:Account {id: 'a-1'}) CREATE (a)-[:NOTED]->(:Note)");
		assertThat(this.changes.sequence()).isEqualTo(start + 3);
		assertThat(this.changes.lastChangeOf(DEALS)).isLessThanOrEqualTo(start);

		TestNeo4j.run("MATCH (d:Deal) SET d.amount = 20.0");
		long amount = this.changes.sequence();
		assertThat(this.changes.lastChangeOf(DEALS)).isEqualTo(amount);
		// what the log says a result is worked out again for
		assertThat(this.changes.changedSince(DEALS, start)).containsExactly("P:amount");
		TestNeo4j.run("MATCH (d:Deal) DETACH DELETE d");
		assertThat(this.changes.lastChangeOf(DEALS)).isEqualTo(amount + 1);
		Reads labels = Reads.of("MATCH (s)-[:REFERRED]->(t) RETURN labels(s)");
		long beforeRelabel = this.changes.lastChangeOf(labels);
		TestNeo4j.run("MATCH (a:Account) REMOVE a:Account SET a:Former");
		assertThat(this.changes.lastChangeOf(DEALS)).isEqualTo(amount + 2);
		assertThat(this.changes.lastChangeOf(labels)).isEqualTo(amount + 2).isGreaterThan(beforeRelabel);
		TestNeo4j.run("MATCH (n) WHERE n.id = 'i-1' CREATE (n)-[:FOR]->(:Elsewhere)");
		assertThat(this.changes.lastChangeOf(DEALS)).isEqualTo(amount + 3);
		// a rolled back write is no change
		try (var session = TestNeo4j.driver().session(); var tx = session.beginTransaction()) {
			tx.run("CREATE (:Deal {id: 'd-2'})").consume();
			tx.rollback();
		}
		assertThat(this.changes.sequence()).isEqualTo(amount + 3);
		// a new node of a label read, on its own
		TestNeo4j.run("CREATE (:Deal {id: 'd-3'})");
		assertThat(this.changes.lastChangeOf(DEALS)).isEqualTo(amount + 4);
	}

	@Test
	void aQueryReadsTheNamesAndPropertiesItsTextNames() {
		assertThat(DEALS.names()).contains("Deal", "FOR", "Account");
		assertThat(DEALS.props()).contains("id", "amount").doesNotContain("note", "relationshipClass");
		assertThat(DEALS.anyName()).isFalse();
		assertThat(DEALS.anyProp()).isFalse();
		Reads projected = Reads.of("""
				MATCH (p:Person {id: $id})-[:HAD_CLASS|KNOWS]->(c) // a comment: :Ignored .ignored
				RETURN c {.from, .to}, collect(p.name)[..5], [x IN p.roles | x][0]""");
		assertThat(projected.names()).contains("Person", "HAD_CLASS", "KNOWS");
		assertThat(projected.props()).contains("id", "from", "to", "name", "roles").doesNotContain("ignored");
		assertThat(projected.anyProp()).isFalse();
		Reads fields = Reads.of("MATCH (a:Account) RETURN [k IN $fields | a[k]]");
		assertThat(fields.with(Map.of("fields", java.util.List.of("industry"))).props()).contains("industry");
		assertThat(fields.with(Map.of("fields", java.util.List.of("industry"))).anyProp()).isFalse();
		assertThat(Reads.of("MATCH (a:Account) RETURN [k IN keys(a) | a[k]]").anyProp()).isTrue();
		assertThat(Reads.of("MATCH (a:Account) WITH a, $key AS k RETURN a[k]").anyProp()).isTrue();
		assertThat(Reads.of("MATCH (a:Account) RETURN properties(a)").anyProp()).isTrue();
		assertThat(Reads.of("MATCH (a:Account) RETURN a {.*}").anyProp()).isTrue();
		Reads labelled = Reads.of("MATCH (s)-[:REFERRED]->(t) RETURN labels(s)");
		assertThat(labelled.anyName()).isFalse();
		assertThat(labelled.relabels()).isTrue();
		assertThat(Reads.of("MATCH (s)-[r]->(t) RETURN s.id").anyName()).isTrue();
		assertThat(Reads.of("MATCH (s)-->(t) RETURN s.id").anyName()).isTrue();
		assertThat(Reads.of("MATCH (s)-[r]->(t) RETURN type(r)").anyName()).isTrue();
		// a node on its own without a label: a node of any label counts
		assertThat(Reads.of("MATCH (n) RETURN count(n)").anyName()).isTrue();
		assertThat(Reads.of("MATCH (a:Account) OPTIONAL MATCH (n) WHERE n.id = a.id RETURN n").anyName()).isTrue();
		assertThat(Reads.of("MATCH (s)-[:REFERRED]->(t) RETURN s.id").anyName()).isFalse();
	}

	@Test
	void aResultOfWholeNodesReadsEveryProperty() {
		TestNeo4j.run("MATCH (a:Account) SET a.note = 'y'", Map.of());
		long noted = this.changes.sequence();
		Reads.Recorder recorder = new Reads.Recorder();
		recorder.add(DEALS);
		assertThat(this.changes.lastChangeOf(recorder.reads())).isLessThan(noted);
		recorder.sawEntities();
		assertThat(this.changes.lastChangeOf(recorder.reads())).isEqualTo(noted);
	}

	@Test
	void aCommitTellsTheAccountsItsChangesConcern() {
		Reads visits = Reads.of("""
				MATCH (a:Account)<-[:WORKS_AT]-(:Person)<-[:WITH]-(i:Interaction) WHERE i.at < $until
				RETURN a.id, max(i.at)""");
		Reads owned = Reads.of("MATCH (r:SalesRep)-[:OWNS]->(a:Account) RETURN a.id, r.id, r.team, r.name");
		TestNeo4j.run("""
				MATCH (a:Account {id: 'a-1'})
				CREATE (:Account {id: 'a-2'})<-[:WORKS_AT]-(:Person {id: 'p-2'}), (a)<-[:WORKS_AT]-(:Person {id: 'p-1'}),
				       (:SalesRep {id: 'r-1'})""", Map.of());
		long start = this.changes.sequence();
		assertThat(this.changes.accountsChangedSince(visits, start)).isEmpty();

		// an interaction with a person of a-1, logged by a rep: the interaction and its WITH tie concern a-1
		TestNeo4j.run("""
				MATCH (p:Person {id: 'p-1'}), (r:SalesRep {id: 'r-1'})
				CREATE (r)-[:LOGGED]->(:Interaction {id: 'i-1', at: datetime()})-[:WITH]->(p)""", Map.of());
		assertThat(this.changes.accountsChangedSince(visits, start)).containsExactly("a-1");
		// its time changed, then one interaction with people of both accounts
		TestNeo4j.run("MATCH (i:Interaction {id: 'i-1'}) SET i.at = datetime('2026-01-01T10:00:00Z')", Map.of());
		TestNeo4j.run("""
				MATCH (p1:Person {id: 'p-1'}), (p2:Person {id: 'p-2'})
				CREATE (p1)<-[:WITH]-(:Interaction {id: 'i-2', at: datetime()})-[:WITH]->(p2)""", Map.of());
		assertThat(this.changes.accountsChangedSince(visits, start)).containsExactlyInAnyOrder("a-1", "a-2");
		assertThat(this.changes.accountsChangedSince(DEALS, start)).as("the deals read no interaction").isEmpty();
		// a deal's amount concerns the account it is for
		long beforeDeal = this.changes.sequence();
		TestNeo4j.run("MATCH (d:Deal {id: 'd-1'}) SET d.amount = 30.0", Map.of());
		assertThat(this.changes.accountsChangedSince(DEALS, beforeDeal)).containsExactly("a-1");

		// an account's new id concerns the old one too
		long beforeId = this.changes.sequence();
		TestNeo4j.run("MATCH (a:Account {id: 'a-2'}) SET a.id = 'a-2b'", Map.of());
		TestNeo4j.run("MATCH (a:Account {id: 'a-2b'}) SET a.id = 'a-2'", Map.of());
		assertThat(this.changes.accountsChangedSince(owned, beforeId)).containsExactlyInAnyOrder("a-2", "a-2b");

		// a rep concerns the accounts it owns (who may see them follows the owners' teams): a new tie to an account,
		// a rep that changed teams
		long beforeOwner = this.changes.sequence();
		TestNeo4j.run("MATCH (r:SalesRep {id: 'r-1'}), (a:Account {id: 'a-2'}) CREATE (r)-[:OWNS]->(a)", Map.of());
		assertThat(this.changes.accountsChangedSince(owned, beforeOwner)).containsExactly("a-2");
		assertThat(this.changes.accountsChangedSince(visits, beforeOwner)).isEmpty();
		long beforeTeam = this.changes.sequence();
		TestNeo4j.run("MATCH (r:SalesRep {id: 'r-1'}) SET r.team = 'West'", Map.of());
		assertThat(this.changes.accountsChangedSince(owned, beforeTeam)).containsExactly("a-2");
		TestNeo4j.run("CREATE (:SalesRep {id: 'r-new', team: 'West'})", Map.of());
		assertThat(this.changes.accountsChangedSince(owned, beforeTeam)).as("a new rep owns nothing yet")
			.containsExactly("a-2");
		// a rep of more accounts than are followed one by one, or one that took part in a referral: any account
		TestNeo4j.run("""
				MATCH (r:SalesRep {id: 'r-new'})
				UNWIND range(1, $n) AS k CREATE (r)-[:OWNS]->(:Account {id: 'many-' + k})""",
				Map.of("n", DatabaseChanges.ACCOUNTS_AT_MOST + 1));
		long beforeMany = this.changes.sequence();
		TestNeo4j.run("MATCH (r:SalesRep {id: 'r-new'}) SET r.team = 'East'", Map.of());
		assertThat(this.changes.accountsChangedSince(owned, beforeMany)).isNull();
		TestNeo4j.run("MATCH (r:SalesRep {id: 'r-new'}) DETACH DELETE r", Map.of());
		TestNeo4j.run("MATCH (a:Account) WHERE a.id STARTS WITH 'many-' DETACH DELETE a", Map.of());
		TestNeo4j.run("MATCH (r:SalesRep {id: 'r-1'}), (a:Account {id: 'a-1'}) CREATE (r)-[:REFERRED]->(a)", Map.of());
		long beforeReferrer = this.changes.sequence();
		TestNeo4j.run("MATCH (r:SalesRep {id: 'r-1'}) SET r.name = 'Referrer'", Map.of());
		assertThat(this.changes.accountsChangedSince(owned, beforeReferrer)).isNull();
		TestNeo4j.run("MATCH (:SalesRep {id: 'r-1'})-[t:REFERRED]->() DELETE t", Map.of());
		// a deleted node concerns the accounts it was of: an interaction with people of both, an account itself;
		// a deleted rep the accounts it owned
		long beforeDelete = this.changes.sequence();
		TestNeo4j.run("MATCH (i:Interaction {id: 'i-2'}) DETACH DELETE i", Map.of());
		assertThat(this.changes.accountsChangedSince(visits, beforeDelete)).containsExactlyInAnyOrder("a-1", "a-2");
		long beforeAccount = this.changes.sequence();
		TestNeo4j.run("CREATE (:Account {id: 'a-3'})", Map.of());
		TestNeo4j.run("MATCH (a:Account {id: 'a-3'}) DETACH DELETE a", Map.of());
		String p2 = TestNeo4j.elementId("p-2");
		TestNeo4j.run("MATCH (p:Person {id: 'p-2'}) DETACH DELETE p", Map.of());
		// the deleted person's job concerns its account and the person (the start of a WORKS_AT tie)
		assertThat(this.changes.accountsChangedSince(visits, beforeAccount))
			.containsExactlyInAnyOrder("a-2", "a-3", DatabaseChanges.NODE + p2);
		long beforeRep = this.changes.sequence();
		TestNeo4j.run("MATCH (r:SalesRep {id: 'r-1'}) DETACH DELETE r", Map.of());
		assertThat(this.changes.accountsChangedSince(owned, beforeRep)).as("a deleted rep: the accounts it owned")
			.containsExactly("a-2");
		// referral sources outside the accounts concern themselves only; a referral or a job concerns its two ends'
		// accounts and its start (whose referrals, or whose account, changed), even once deleted
		Reads referrals = Reads.of("""
				MATCH (s)-[r:REFERRED]->(t)<-[:WORKS_AT]-(:Person) WHERE s:Organization OR s:Channel
				RETURN s.kind, r.at, t.id""");
		long beforeSources = this.changes.sequence();
		TestNeo4j.run("CREATE (:Organization {id: 'o-1', kind: 'INSURER'}), (:Channel {id: 'c-1'})", Map.of());
		String org = TestNeo4j.elementId("o-1");
		assertThat(this.changes.accountsChangedSince(referrals, beforeSources))
			.containsExactlyInAnyOrder(DatabaseChanges.NODE + org, DatabaseChanges.NODE + TestNeo4j.elementId("c-1"));
		long beforeReferral = this.changes.sequence();
		TestNeo4j.run("MATCH (o:Organization {id: 'o-1'}), (a:Account {id: 'a-1'}) CREATE (o)-[:REFERRED]->(a)", Map.of());
		Set<String> referral = this.changes.accountsChangedSince(referrals, beforeReferral);
		assertThat(referral).containsExactlyInAnyOrder("a-1", DatabaseChanges.NODE + org);
		assertThat(DatabaseChanges.accounts(referral)).containsExactly("a-1");
		assertThat(DatabaseChanges.nodes(referral)).containsExactly(org);
		String person = TestNeo4j.elementId("p-1");
		long beforeUnlink = this.changes.sequence();
		TestNeo4j.run("MATCH (:Organization {id: 'o-1'})-[r:REFERRED]->() DELETE r", Map.of());
		TestNeo4j.run("MATCH (:Person {id: 'p-1'})-[w:WORKS_AT]->() DELETE w", Map.of());
		assertThat(this.changes.accountsChangedSince(referrals, beforeUnlink))
			.containsExactlyInAnyOrder("a-1", DatabaseChanges.NODE + org, DatabaseChanges.NODE + person);
		TestNeo4j.run("MATCH (p:Person {id: 'p-1'}), (a:Account {id: 'a-1'}) CREATE (p)-[:WORKS_AT]->(a)", Map.of());
		assertThat(this.changes.accountsChangedSince(DEALS, beforeSources)).as("the deals read no referral").isEmpty();
		// a large commit for one account (an import of its interactions) concerns that account only; one whose
		// changes concern more accounts than are followed one by one, in all, concerns every account
		long beforeImport = this.changes.sequence();
		TestNeo4j.run("""
				MATCH (p:Person {id: 'p-1'})
				UNWIND range(1, 600) AS k CREATE (:Interaction {id: 'import-' + k, at: datetime()})-[:WITH]->(p)""",
				Map.of());
		assertThat(this.changes.accountsChangedSince(visits, beforeImport)).containsExactly("a-1");
		int others = DatabaseChanges.ACCOUNTS_AT_MOST / 2;
		int created = DatabaseChanges.ACCOUNTS_AT_MOST * 3 / 4;
		TestNeo4j.run("UNWIND range(1, $n) AS k CREATE (:Account {id: 'wide-other-' + k})", Map.of("n", others));
		long beforeWide = this.changes.sequence();
		// new accounts and deals for others, each kind of change concerning fewer accounts than are followed one by
		// one on its own, more in all
		TestNeo4j.run("""
				UNWIND range(1, $n) AS k CREATE (:Account {id: 'wide-' + k})
				WITH count(*) AS created
				MATCH (a:Account) WHERE a.id STARTS WITH 'wide-other-'
				CREATE (:Deal {id: 'wide-d-' + a.id, amount: 1.0})-[:FOR]->(a)""", Map.of("n", created));
		assertThat(this.changes.accountsChangedSince(DEALS, beforeWide)).isNull();
		// a commit of more changes than are followed one by one concerns every account
		long beforeBulk = this.changes.sequence();
		TestNeo4j.run("""
				MATCH (p:Person {id: 'p-1'})
				UNWIND range(1, $n) AS k CREATE (:Interaction {id: 'bulk-' + k, at: datetime()})-[:WITH]->(p)""",
				Map.of("n", DatabaseChanges.SCOPED_AT_MOST));
		assertThat(this.changes.accountsChangedSince(visits, beforeBulk)).isNull();
	}

}
