package org.guanxi.referral.analytics;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referred prospect starts at intention grade A at least (domain.md); checked through GraphQL after the rule
 * the referral service calls when it records a referral.
 */
class ReferralGradeRuleTests extends GraphQlTestBase {

	@Autowired
	ReferralGradeRule rule;

	@BeforeEach
	void fixture() {
		TestNeo4j.run("""
				CREATE (:Account {id: 'p-b', name: 'Grade B', lifecycle: 'PROSPECT', intentionGrade: 'B'}),
				       (:Account {id: 'p-h', name: 'Grade H', lifecycle: 'PROSPECT', intentionGrade: 'H'}),
				       (:Account {id: 'p-none', name: 'No grade', lifecycle: 'POTENTIAL'}),
				       (:Account {id: 'kept', name: 'Customer', lifecycle: 'RETAINED', intentionGrade: 'C'}),
				       (:Person {id: 'p-c-contact', name: 'Contact'})-[:WORKS_AT]->
				         (:Account {id: 'p-c', name: 'Grade C', lifecycle: 'PROSPECT', intentionGrade: 'C'})""");
	}

	@Test
	void raisesProspectsToAAndKeepsHotOnes() {
		assertThat(this.rule.referralRecorded("p-b")).contains(new ReferralGradeRule.GradeChange("p-b", "B", "A"));
		assertThat(this.rule.referralRecorded("p-none")).contains(new ReferralGradeRule.GradeChange("p-none", null, "A"));
		assertThat(this.rule.referralRecorded("p-h")).isEmpty();
		assertThat(this.rule.referralRecorded("kept")).isEmpty();
		assertThat(this.rule.referralRecorded("p-c-contact")).contains(new ReferralGradeRule.GradeChange("p-c", "C", "A"));
		assertThat(this.rule.referralRecorded("unknown")).isEmpty();
		this.graphQl.document("""
				{ b: account(id: "p-b") { intentionGrade } h: account(id: "p-h") { intentionGrade }
				  none: account(id: "p-none") { intentionGrade } kept: account(id: "kept") { intentionGrade }
				  c: account(id: "p-c") { intentionGrade } }""")
			.execute()
			.path("b.intentionGrade").entity(String.class).isEqualTo("A")
			.path("h.intentionGrade").entity(String.class).isEqualTo("H")
			.path("none.intentionGrade").entity(String.class).isEqualTo("A")
			.path("kept.intentionGrade").entity(String.class).isEqualTo("C")
			.path("c.intentionGrade").entity(String.class).isEqualTo("A");
	}

}
