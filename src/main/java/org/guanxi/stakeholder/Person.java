package org.guanxi.stakeholder;

import java.time.OffsetDateTime;
import java.util.List;

import org.guanxi.core.Named;
import org.guanxi.graph.Props;
import org.neo4j.driver.types.MapAccessor;

/**
 * A person inside an account. {@code buyingRoles} hold the names of docs/model.md.
 */
public record Person(String id, String name, String title, String department, Integer level,
		List<String> buyingRoles, double decisionWeight, boolean insider, Integer age, String family, String hobbies,
		String sports, String food, String schedule, String attitude, String preference, String phone, String email,
		OffsetDateTime createdAt, String accountId) implements Named {

	/** A person from its node and the id of the account it works at (may be null). */
	public static Person from(MapAccessor n, String accountId) {
		return new Person(Props.string(n, "id"), Props.string(n, "name"), Props.string(n, "title"),
				Props.string(n, "department"), Props.integer(n, "level"), Props.strings(n, "buyingRoles"),
				Props.decimal(n, "decisionWeight", 0), Props.flag(n, "insider"), Props.integer(n, "age"),
				Props.string(n, "family"), Props.string(n, "hobbies"), Props.string(n, "sports"),
				Props.string(n, "food"), Props.string(n, "schedule"), Props.string(n, "attitude"),
				Props.string(n, "preference"), Props.string(n, "phone"), Props.string(n, "email"),
				Props.dateTime(n, "createdAt"), accountId);
	}

}
