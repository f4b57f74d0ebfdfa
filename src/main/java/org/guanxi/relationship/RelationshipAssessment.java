package org.guanxi.relationship;

import java.time.OffsetDateTime;

/**
 * An explicit assessment of a contact: a half left null is derived from evidence.
 *
 * @param organisationInterestMet the assessed organisation half, or null (derived)
 * @param personalInterestMet the assessed personal half, or null (derived)
 * @param note why
 * @param at when the assessment was made (as given)
 * @param recordedAt when it was recorded
 * @param clearedAt when it was cleared, or null
 */
public record RelationshipAssessment(Boolean organisationInterestMet, Boolean personalInterestMet, String note,
		OffsetDateTime at, OffsetDateTime recordedAt, OffsetDateTime clearedAt) {
}
