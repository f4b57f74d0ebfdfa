package org.guanxi.referral;

import java.time.OffsetDateTime;

import org.guanxi.core.Named;
import org.guanxi.graph.Props;
import org.neo4j.driver.types.MapAccessor;

/**
 * A channel leads come from: media, event, walk-in, website, direct mail.
 */
public record Channel(String id, String name, String kind, OffsetDateTime createdAt) implements Named {

	public static Channel from(MapAccessor n) {
		return new Channel(Props.string(n, "id"), Props.string(n, "name"), Props.string(n, "kind"),
				Props.dateTime(n, "createdAt"));
	}

}
