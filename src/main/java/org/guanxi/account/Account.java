package org.guanxi.account;

import java.time.OffsetDateTime;

import org.guanxi.core.Named;
import org.guanxi.graph.Props;
import org.neo4j.driver.types.MapAccessor;

/**
 * A key account. The graph stores the enum values by name (docs/model.md); {@link #from} reads them.
 */
public record Account(String id, String name, String industry, Ownership ownership, AccountSize size, Integer units,
		Difficulty difficulty, boolean signed, Lifecycle lifecycle, IntentionGrade intentionGrade,
		OpportunityTier opportunityTier, RelationshipLevel relationshipLevel, boolean vip, OffsetDateTime prospectSince,
		OffsetDateTime createdAt) implements Named {

	public static Account from(MapAccessor n) {
		return new Account(Props.string(n, "id"), Props.string(n, "name"), Props.string(n, "industry"),
				Props.enumValue(n, "ownership", Ownership.class), Props.enumValue(n, "size", AccountSize.class),
				Props.integer(n, "units"), Props.enumValue(n, "difficulty", Difficulty.class), Props.flag(n, "signed"),
				Props.enumValue(n, "lifecycle", Lifecycle.class),
				Props.enumValue(n, "intentionGrade", IntentionGrade.class),
				Props.enumValue(n, "opportunityTier", OpportunityTier.class),
				Props.enumValue(n, "relationshipLevel", RelationshipLevel.class), Props.flag(n, "vip"),
				Props.dateTime(n, "prospectSince"), Props.dateTime(n, "createdAt"));
	}

}
