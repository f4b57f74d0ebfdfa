package org.guanxi.referral;

import java.time.OffsetDateTime;
import java.util.Map;

import org.guanxi.graph.Cypher;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording and removing referrals, and the referral fields of accounts, people, organisations and channels.
 */
class ReferralGraphQlTests extends ReferralTestBase {

	@Autowired
	private Cypher cypher;

	@Test
	void aReferredProspectStartsAtGradeAAtLeast() {
		TestNeo4j.run("MATCH (a:Account {id: 'acc-lt'}) SET a.intentionGrade = 'C'");
		TestNeo4j.run("MATCH (a:Account {id: 'acc-cd'}) SET a.intentionGrade = 'H'");
		TestNeo4j.run("MATCH (a:Account {id: 'acc-yd'}) SET a.intentionGrade = 'B'");
		record("p-wang", "acc-lt")
			.path("recordReferral.target.intentionGrade")
			.entity(String.class)
			.isEqualTo("A");
		record("org-pa", "acc-cd")
			.path("recordReferral.at")
			.hasValue();
		assertThat(TestNeo4j.count("MATCH (a:Account {id: 'acc-cd', intentionGrade: 'H'}) RETURN count(a)")).isEqualTo(1);
		record("org-pa", "acc-yd")
			.path("recordReferral.at")
			.hasValue();
		assertThat(TestNeo4j.count("MATCH (a:Account {id: 'acc-yd', intentionGrade: 'B'}) RETURN count(a)"))
			.as("a RETAINED customer keeps its grade").isEqualTo(1);
	}

	@Test
	void recordsAReferralDatedTodayByDefault() {
		var result = this.graphQl.documentName("recordReferral")
			.variable("input", Map.of("sourceId", "org-assoc", "targetId", "acc-lt", "note", "  协会年会 annual meeting "))
			.execute();
		result.path("recordReferral.at").entity(String.class).isEqualTo("2026-11-23");
		result.path("recordReferral.note").entity(String.class).isEqualTo("协会年会 annual meeting");
		result.path("recordReferral.source.__typename").entity(String.class).isEqualTo("Organization");
		result.path("recordReferral.source.kind").entity(String.class).isEqualTo("ASSOCIATION");
		result.path("recordReferral.target.__typename").entity(String.class).isEqualTo("Account");
		result.path("recordReferral.target.name").entity(String.class).isEqualTo("蓝天出租 Blue Sky Taxi");
		assertThat(TestNeo4j.count("""
				MATCH (:Organization {id: 'org-assoc'})-[r:REFERRED]->(:Account {id: 'acc-lt'})
				WHERE r.at = date('2026-11-23') AND r.note = '协会年会 annual meeting' RETURN count(r)"""))
			.isEqualTo(1);
	}

	@Test
	void todayIsTakenInTheConfiguredTimeZone() {
		this.clock.set(OffsetDateTime.parse("2026-11-23T20:00:00Z"));
		this.graphQl.documentName("recordReferral")
			.variable("input", Map.of("sourceId", "ch-web", "targetId", "p-wang"))
			.execute()
			.path("recordReferral.at")
			.entity(String.class)
			.isEqualTo("2026-11-24")
			.path("recordReferral.note")
			.valueIsNull()
			.path("recordReferral.source.__typename")
			.entity(String.class)
			.isEqualTo("Channel")
			.path("recordReferral.target.__typename")
			.entity(String.class)
			.isEqualTo("Person");
	}

	@Test
	void recordingAgainUpdatesTheOneReferralOfThePair() {
		this.graphQl.documentName("recordReferral")
			.variable("input", Map.of("sourceId", "acc-yd", "targetId", "acc-lt", "note", "老客户转介绍 customer referral"))
			.execute()
			.path("recordReferral.at")
			.entity(String.class)
			.isEqualTo("2026-06-10")
			.path("recordReferral.note")
			.entity(String.class)
			.isEqualTo("老客户转介绍 customer referral");
		this.graphQl.documentName("recordReferral")
			.variable("input", Map.of("sourceId", "acc-yd", "targetId", "acc-lt", "at", "2026-05-20"))
			.execute()
			.path("recordReferral.at")
			.entity(String.class)
			.isEqualTo("2026-05-20")
			.path("recordReferral.note")
			.entity(String.class)
			.isEqualTo("老客户转介绍 customer referral");
		this.graphQl.documentName("recordReferral")
			.variable("input", Map.of("sourceId", "acc-yd", "targetId", "acc-lt", "note", " "))
			.execute()
			.path("recordReferral.note")
			.valueIsNull();
		assertThat(TestNeo4j.count("MATCH (:Account {id: 'acc-yd'})-[r:REFERRED]->(:Account {id: 'acc-lt'}) RETURN count(r)"))
			.isEqualTo(1);
		assertThat(referralCount()).isEqualTo(6);
	}

	@Test
	void personsAndAccountsReferInBothDirectionsOfTheModel() {
		this.graphQl.documentName("recordReferral")
			.variable("input", Map.of("sourceId", "p-wang", "targetId", "acc-lt", "at", "2026-11-01"))
			.execute()
			.path("recordReferral.source.title")
			.entity(String.class)
			.isEqualTo("车队长")
			.path("recordReferral.target.id")
			.entity(String.class)
			.isEqualTo("acc-lt");
		this.graphQl.documentName("recordReferral")
			.variable("input", Map.of("sourceId", "acc-lt", "targetId", "p-li", "at", "2026-11-02"))
			.execute()
			.path("recordReferral.source.__typename")
			.entity(String.class)
			.isEqualTo("Account")
			.path("recordReferral.target.name")
			.entity(String.class)
			.isEqualTo("李娜");
		assertThat(referralCount()).isEqualTo(8);
	}

	@Test
	void accountAndPersonFieldsListReferralsEarliestFirst() {
		var account = this.graphQl.documentName("accountReferrals")
			.execute();
		account.path("account.referredBy[*].source.id").entityList(String.class).containsExactly("ch-expo", "p-li");
		account.path("account.referredBy[*].source.__typename").entityList(String.class).containsExactly("Channel", "Person");
		account.path("account.referredBy[*].at").entityList(String.class).containsExactly("2026-09-15", "2026-10-01");
		account.path("account.referredBy[0].note").entity(String.class).isEqualTo("车展留资 left details at the expo");
		account.path("account.referredBy[1].source.name").entity(String.class).isEqualTo("李娜");
		account.path("account.referredBy[*].target.id").entityList(String.class).containsExactly("acc-cd", "acc-cd");
		account.path("account.referred").entityList(Object.class).hasSize(0);

		var person = this.graphQl.documentName("personReferrals")
			.execute();
		person.path("referralSource.referredBy[0].source.name").entity(String.class).isEqualTo("王伟");
		person.path("referralSource.referredBy[0].note").entity(String.class).isEqualTo("老同学 classmates");
		person.path("referralSource.referredBy[0].at").entity(String.class).isEqualTo("2026-07-01");
		person.path("referralSource.referred[0].target.__typename").entity(String.class).isEqualTo("Account");
		person.path("referralSource.referred[0].target.id").entity(String.class).isEqualTo("acc-cd");
		person.path("referralSource.referred[0].target.referredBy[*].source.id")
			.entityList(String.class)
			.containsExactly("ch-expo", "p-li");
	}

	@Test
	void referralFieldsAreBatchLoadedWithOneQueryPerField() {
		long small = queriesFor("referralSources");
		TestNeo4j.run("""
				UNWIND range(1, 20) AS i
				CREATE (o:Organization {id: 'org-' + i, name: '商会 Chamber ' + i, kind: 'ASSOCIATION'})
				CREATE (o)-[:REFERRED {at: date('2026-10-01')}]->(:Account {id: 'acc-' + i, name: 'Account ' + i})
				CREATE (o)-[:REFERRED {at: date('2026-10-02')}]->(:Person {id: 'p-' + i, name: 'Person ' + i})""");
		long large = queriesFor("referralSources");
		// organizations, channels, Organization.referred, Channel.referred, and referredBy / referred of
		// Account and Person: one query each, however many rows.
		assertThat(small).isEqualTo(8);
		assertThat(large).isEqualTo(small);
	}

	@Test
	void unlinkRemovesTheReferralOnly() {
		unlink("p-wang", "p-li")
			.path("unlinkReferral.id")
			.entity(String.class)
			.isEqualTo("p-wang->p-li")
			.path("unlinkReferral.removed")
			.entityList(String.class)
			.containsExactly("referral from Person '王伟' (p-wang) to Person '李娜' (p-li)");
		assertThat(referralCount()).isEqualTo(5);
		assertThat(TestNeo4j.count("MATCH (p:Person) WHERE p.id IN ['p-wang', 'p-li'] RETURN count(p)")).isEqualTo(2);
		expectNotFound(unlink("p-wang", "p-li"),
				"no referral from 'p-wang' to 'p-li'");
		expectNotFound(unlink("acc-lt", "acc-yd"),
				"no referral from 'acc-lt' to 'acc-yd'", "direction");
		expectNotFound(unlink("ghost", "p-li"),
				"Referral source 'ghost' does not exist");
		assertThat(referralCount()).isEqualTo(5);
	}

	@Test
	void unknownIdsAreNotFoundAndNothingIsWritten() {
		expectNotFound(record("ghost", "acc-yd"),
				"Referral source 'ghost' does not exist: no account, person, organisation or channel has this id");
		expectNotFound(record("org-pa", "ghost"),
				"Referral target 'ghost' does not exist: no account or person has this id");
		expectBadRequest(record(" ", "acc-yd"), "sourceId must not be blank");
		assertThat(referralCount()).isEqualTo(6);
	}

	@Test
	void onlyAccountsAndPeopleCanBeReferred() {
		expectBadRequest(record("acc-yd", "ch-web"),
				"Channel '官网 Website' (ch-web) cannot be referred to us", "account or a person");
		assertThat(referralCount()).isEqualTo(6);
	}

	@Test
	void selfReferralIsRefused() {
		expectBadRequest(record("acc-yd", "acc-yd"),
				"Account '远东物流 Yuandong Logistics' (acc-yd) cannot refer itself");
		expectBadRequest(record("p-li", "p-li"), "Person '李娜' (p-li) cannot refer itself");
		assertThat(referralCount()).isEqualTo(6);
	}

	@Test
	void aReferralClosingACycleIsRefusedNamingTheChain() {
		expectBadRequest(record("acc-cd", "p-wang"), "would close a referral cycle",
				"王伟 (p-wang) -> 李娜 (p-li) -> 城东公交 Chengdong Bus (acc-cd)");
		expectBadRequest(record("acc-lt", "acc-yd"), "远东物流 Yuandong Logistics (acc-yd) -> 蓝天出租 Blue Sky Taxi (acc-lt)");
		assertThat(referralCount()).isEqualTo(6);
		assertThat(TestNeo4j.count("MATCH (:Account {id: 'acc-cd'})-[r:REFERRED]->() RETURN count(r)")).isZero();
	}

	@Test
	void anIdSharedByTwoLabelsIsAmbiguous() {
		TestNeo4j.run("""
				MATCH (a:Account {id: 'acc-lt'})
				CREATE (:Person {id: 'dup', name: '赵强'})-[:WORKS_AT]->(a),
				       (:Organization {id: 'dup', name: '工商联 Federation', kind: 'ASSOCIATION'}),
				       (:Account {id: 'p-li', name: '李娜汽修 Li Na Repairs'})""");
		expectBadRequest(record("dup", "acc-cd"), "Referral source 'dup' is ambiguous",
				"Person '赵强' (dup)", "Organization '工商联 Federation' (dup)");
		expectBadRequest(record("acc-yd", "p-li"), "Referral target 'p-li' is ambiguous",
				"Account '李娜汽修 Li Na Repairs' (p-li)", "Person '李娜' (p-li)");
		assertThat(referralCount()).isEqualTo(6);
		// As a target an organisation does not count: 'dup' names one person there.
		this.graphQl.documentName("recordReferral")
			.variable("input", Map.of("sourceId", "acc-cd", "targetId", "dup"))
			.execute()
			.path("recordReferral.target.name")
			.entity(String.class)
			.isEqualTo("赵强");
	}

	private GraphQlTester.Response record(String sourceId, String targetId) {
		return this.graphQl.documentName("recordReferral")
			.variable("input", Map.of("sourceId", sourceId, "targetId", targetId))
			.execute();
	}

	private GraphQlTester.Response unlink(String sourceId, String targetId) {
		return this.graphQl.documentName("unlinkReferral")
			.variable("sourceId", sourceId)
			.variable("targetId", targetId)
			.execute();
	}

	private long queriesFor(String documentName) {
		long before = this.cypher.issuedQueries();
		this.graphQl.documentName(documentName).execute().path("organizations").hasValue();
		return this.cypher.issuedQueries() - before;
	}

}
