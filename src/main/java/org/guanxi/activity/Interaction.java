package org.guanxi.activity;

import java.time.OffsetDateTime;

import org.guanxi.graph.Props;
import org.neo4j.driver.types.MapAccessor;

/**
 * An activity with a contact, logged by a rep.
 */
public record Interaction(String id, String name, String kind, OffsetDateTime at, String outcome, String note,
		String repId, String personId) {

	public static Interaction from(MapAccessor n, String repId, String personId) {
		return new Interaction(Props.string(n, "id"), Props.string(n, "name"), Props.string(n, "kind"),
				Props.dateTime(n, "at"), Props.string(n, "outcome"), Props.string(n, "note"), repId, personId);
	}

}
