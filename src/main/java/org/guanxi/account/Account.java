package org.guanxi.account;

import java.time.OffsetDateTime;

import org.guanxi.core.Named;
import org.guanxi.graph.Props;
import org.neo4j.driver.types.MapAccessor;

/**
 * A key account. Enum-valued fields hold the names of docs/model.md.
 */
public record Account(String id, String name, String industry, String ownership, String size, Integer units,
		String difficulty, boolean signed, String lifecycle, String intentionGrade, String opportunityTier,
		String relationshipLevel, boolean vip, OffsetDateTime prospectSince, OffsetDateTime createdAt) implements Named {

	public static Account from(MapAccessor n) {
		return new Account(Props.string(n, "id"), Props.string(n, "name"), Props.string(n, "industry"),
				Props.string(n, "ownership"), Props.string(n, "size"), Props.integer(n, "units"),
				Props.string(n, "difficulty"), Props.flag(n, "signed"), Props.string(n, "lifecycle"),
				Props.string(n, "intentionGrade"), Props.string(n, "opportunityTier"),
				Props.string(n, "relationshipLevel"), Props.flag(n, "vip"), Props.dateTime(n, "prospectSince"),
				Props.dateTime(n, "createdAt"));
	}

}
