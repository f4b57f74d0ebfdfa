package org.guanxi.team;

import java.time.OffsetDateTime;

import org.guanxi.core.Named;
import org.guanxi.graph.Props;
import org.neo4j.driver.types.MapAccessor;

/**
 * One of our sales reps.
 */
public record SalesRep(String id, String name, String team, String email, OffsetDateTime createdAt) implements Named {

	public static SalesRep from(MapAccessor n) {
		return new SalesRep(Props.string(n, "id"), Props.string(n, "name"), Props.string(n, "team"),
				Props.string(n, "email"), Props.dateTime(n, "createdAt"));
	}

}
