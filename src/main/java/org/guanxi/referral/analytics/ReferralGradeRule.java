package org.guanxi.referral.analytics;

import java.util.Map;
import java.util.Optional;

import org.guanxi.graph.Cypher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referred prospect starts at intention grade A at least (domain.md): recording a referral for an account
 * that is not yet RETAINED or LOST (POTENTIAL, PROSPECT or no lifecycle) raises its grade B, C or none to A;
 * H and A stay. For a person target the rule applies to the account the person works at. The referral
 * service calls {@link #referralRecorded(String)} in the transaction that records the referral.
 */
@Service
public class ReferralGradeRule {

	private final Cypher cypher;

	ReferralGradeRule(Cypher cypher) {
		this.cypher = cypher;
	}

	/**
	 * Applies the rule to the target of a referral just recorded.
	 * @param targetId the id of the target: an account id, otherwise a person id
	 * @return the grade change made (empty when nothing changed)
	 */
	@Transactional
	public Optional<GradeChange> referralRecorded(String targetId) {
		return this.cypher.query("referral/gradeReferredProspect", Map.of("targetId", targetId))
			.fetch()
			.one()
			.map(row -> new GradeChange((String) row.get("id"), (String) row.get("before"), (String) row.get("after")));
	}

	/**
	 * A grade raised by the rule.
	 *
	 * @param accountId the account whose grade changed
	 * @param before the grade before (null when none)
	 * @param after the grade now
	 */
	public record GradeChange(String accountId, String before, String after) {
	}

}
