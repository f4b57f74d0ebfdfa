package org.guanxi.account;

import java.time.OffsetDateTime;

import org.guanxi.core.Changes;
import org.guanxi.core.Check;

/**
 * An account to create or update; null fields keep their value.
 */
public record AccountInput(String id, String name, String industry, String ownership, String size, Integer units,
		String difficulty, Boolean signed, String lifecycle, String intentionGrade, String opportunityTier,
		String relationshipLevel, Boolean vip, OffsetDateTime prospectSince) {

	Changes changes() {
		return Changes.of()
			.put("name", Check.optionalName("name", this.name))
			.put("industry", this.industry)
			.put("ownership", this.ownership)
			.put("size", this.size)
			.put("units", Check.nonNegative("units", this.units))
			.put("difficulty", this.difficulty)
			.put("signed", this.signed)
			.put("lifecycle", this.lifecycle)
			.put("intentionGrade", this.intentionGrade)
			.put("opportunityTier", this.opportunityTier)
			.put("relationshipLevel", this.relationshipLevel)
			.put("vip", this.vip)
			.put("prospectSince", this.prospectSince);
	}

}
