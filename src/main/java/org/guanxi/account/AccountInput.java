package org.guanxi.account;

import java.time.OffsetDateTime;

import org.guanxi.core.Changes;
import org.guanxi.core.Check;
import org.guanxi.graph.Props;

/**
 * An account to create or update; null fields keep their value.
 */
public record AccountInput(String id, String name, String industry, Ownership ownership, AccountSize size,
		Integer units, Difficulty difficulty, Boolean signed, Lifecycle lifecycle, IntentionGrade intentionGrade,
		OpportunityTier opportunityTier, RelationshipLevel relationshipLevel, Boolean vip,
		OffsetDateTime prospectSince) {

	Changes changes() {
		return Changes.of()
			.put("name", Check.optionalName("name", this.name))
			.put("industry", this.industry)
			.put("ownership", Props.name(this.ownership))
			.put("size", Props.name(this.size))
			.put("units", Check.nonNegative("units", this.units))
			.put("difficulty", Props.name(this.difficulty))
			.put("signed", this.signed)
			.put("lifecycle", Props.name(this.lifecycle))
			.put("intentionGrade", Props.name(this.intentionGrade))
			.put("opportunityTier", Props.name(this.opportunityTier))
			.put("relationshipLevel", Props.name(this.relationshipLevel))
			.put("vip", this.vip)
			.put("prospectSince", this.prospectSince);
	}

}
