package org.guanxi.relationship;

import java.time.OffsetDateTime;

/**
 * An explicit assessment: a half left out stays derived; {@code at} defaults to now.
 */
public record AssessRelationshipInput(String personId, Boolean organisationInterestMet, Boolean personalInterestMet,
		String note, OffsetDateTime at) {
}
