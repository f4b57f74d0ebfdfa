package org.guanxi.relationship;

import java.time.OffsetDateTime;
import java.util.List;

import org.guanxi.core.Text;
import org.guanxi.stakeholder.RelationshipClass;

/**
 * Our relationship with one contact as of now: the class, both halves (effective, derived, assessed), the
 * evidence behind them, the history of class changes and the next step toward partner.
 *
 * @param personId the contact
 * @param classification the trust class
 * @param organisationInterestMet effective organisation half (the assessment when it decides it, else derived)
 * @param personalInterestMet effective personal half
 * @param derived false when an explicit assessment decides either half
 * @param derivedOrganisationInterestMet the organisation half derived from evidence
 * @param derivedPersonalInterestMet the personal half derived from evidence
 * @param assessment the current assessment, or null
 * @param assessments every assessment made, oldest first
 * @param evidence what counts, in words
 * @param since when the class last changed (null when it never changed from OUTSIDER)
 * @param history class changes, oldest first
 * @param road VIA_FRIEND or VIA_SUPPLIER for a partner, from the history; null otherwise
 * @param nextStep a concrete next step toward partner
 */
public record Relationship(String personId, RelationshipClass classification, boolean organisationInterestMet,
		boolean personalInterestMet, boolean derived, boolean derivedOrganisationInterestMet,
		boolean derivedPersonalInterestMet, RelationshipAssessment assessment, List<RelationshipAssessment> assessments,
		List<Text> evidence, OffsetDateTime since, List<RelationshipChange> history, String road,
		Text nextStep) {
}
