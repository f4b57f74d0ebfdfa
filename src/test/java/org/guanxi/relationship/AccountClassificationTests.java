package org.guanxi.relationship;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.guanxi.stakeholder.RelationshipClassifier;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanxi.stakeholder.RelationshipClass.FRIEND;
import static org.guanxi.stakeholder.RelationshipClass.OUTSIDER;
import static org.guanxi.stakeholder.RelationshipClass.PARTNER;
import static org.guanxi.stakeholder.RelationshipClass.SUPPLIER;

/**
 * The classes of all the people of an account at once ({@code classifyPeopleOf}), worked out by hand on
 * fixtures/relationships.cypher (clock at 2026-11-23T10:00+08:00), and the same as those of {@code classify}.
 */
class AccountClassificationTests extends GraphQlTestBase {

	private static final List<String> GAMMA = List.of("p-zhao", "p-qian", "p-li", "p-zheng");

	@Autowired
	private RelationshipClassifier classifier;

	@BeforeEach
	void fixture() {
		TestNeo4j.load("fixtures/relationships.cypher");
	}

	@Test
	void everyPersonOfTheAccountWithTheClassOfTheDefinition() {
		// Alpha is signed; Wang Fang has a POSITIVE MEAL (2026-11-10) and GIFT (2026-09-15) within 180 days.
		assertThat(this.classifier.classifyPeopleOf("acc-alpha"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("p-wang", PARTNER, "p-chen", SUPPLIER));
		// Beta is not signed but won a deal closed 2026-03-01, within 365 days.
		assertThat(this.classifier.classifyPeopleOf("acc-beta"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("p-sun", SUPPLIER));
		// Gamma has only an open deal. Zhao Min: POSITIVE MEAL and SOCIAL_EVENT within 180 days. Qian Hao: one
		// POSITIVE MEAL within 180 days; the NEUTRAL meal, the VISIT, the NEGATIVE gift and the meal of 2026-04-01
		// (236 days ago) do not count.
		assertThat(this.classifier.classifyPeopleOf("acc-gamma")).containsExactlyInAnyOrderEntriesOf(
				Map.of("p-zhao", FRIEND, "p-qian", OUTSIDER, "p-li", OUTSIDER, "p-zheng", OUTSIDER));
		assertThat(this.classifier.classifyPeopleOf("acc-gamma")).isEqualTo(this.classifier.classify(GAMMA));
	}

	@Test
	void unknownAccountOrNoPeopleIsEmpty() {
		TestNeo4j.run("CREATE (:Account {id: 'acc-empty', name: 'Empty'})");
		assertThat(this.classifier.classifyPeopleOf("acc-nope")).isEmpty();
		assertThat(this.classifier.classifyPeopleOf("acc-empty")).isEmpty();
	}

	@Test
	void assessmentsOverrideTheDerivedHalves() {
		// Qian Hao: personal interest assessed as met -> FRIEND; Zhao Min: personal assessed as not met -> OUTSIDER.
		TestNeo4j.run("MATCH (p:Person {id: 'p-qian'}) SET p.personalInterestAssessed = true");
		TestNeo4j.run("MATCH (p:Person {id: 'p-zhao'}) SET p.personalInterestAssessed = false");
		// Li Qiang: organisation interest assessed as met -> SUPPLIER.
		TestNeo4j.run("MATCH (p:Person {id: 'p-li'}) SET p.organisationInterestAssessed = true");
		assertThat(this.classifier.classifyPeopleOf("acc-gamma")).containsExactlyInAnyOrderEntriesOf(
				Map.of("p-zhao", OUTSIDER, "p-qian", FRIEND, "p-li", SUPPLIER, "p-zheng", OUTSIDER));
		assertThat(this.classifier.classifyPeopleOf("acc-gamma")).isEqualTo(this.classifier.classify(GAMMA));
	}

	@Test
	void onlyInteractionNodesCount() {
		// Qian Hao has one POSITIVE MEAL within 180 days; a second one on a node that is not an Interaction
		// does not count, a real one does.
		TestNeo4j.run("""
				MATCH (p:Person {id: 'p-qian'})
				CREATE (:Note {kind: 'MEAL', outcome: 'POSITIVE',
				               at: datetime('2026-11-01T12:00:00+08:00')})-[:WITH]->(p)""");
		assertThat(this.classifier.classifyPeopleOf("acc-gamma")).containsEntry("p-qian", OUTSIDER);
		TestNeo4j.run("""
				MATCH (p:Person {id: 'p-qian'})
				CREATE (:Interaction {id: 'i-q', name: 'Lunch', kind: 'MEAL', outcome: 'POSITIVE',
				                      at: datetime('2026-11-01T12:00:00+08:00')})-[:WITH]->(p)""");
		assertThat(this.classifier.classifyPeopleOf("acc-gamma")).containsEntry("p-qian", FRIEND);
		assertThat(this.classifier.classifyPeopleOf("acc-gamma")).isEqualTo(this.classifier.classify(GAMMA));
	}

	@Test
	void wonDealCountsUpToExactly365DaysAgo() {
		this.clock.set(OffsetDateTime.parse("2027-03-01T23:59:59+08:00"));
		assertThat(this.classifier.classifyPeopleOf("acc-beta")).containsEntry("p-sun", SUPPLIER);
		this.clock.set(OffsetDateTime.parse("2027-03-02T00:00:00+08:00"));
		assertThat(this.classifier.classifyPeopleOf("acc-beta")).containsEntry("p-sun", OUTSIDER);
	}

	@Test
	void personalInteractionsCountUpToExactly180DaysAgo() {
		// Zhao Min's older interaction is 2026-10-02T19:00+08:00; 180 days later is 2027-03-31T19:00+08:00.
		this.clock.set(OffsetDateTime.parse("2027-03-31T19:00:00+08:00"));
		assertThat(this.classifier.classifyPeopleOf("acc-gamma")).containsEntry("p-zhao", FRIEND);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.classifier.classifyPeopleOf("acc-gamma")).containsEntry("p-zhao", OUTSIDER);
		assertThat(this.classifier.classifyPeopleOf("acc-gamma")).isEqualTo(this.classifier.classify(GAMMA));
	}

}
