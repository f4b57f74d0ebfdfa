package org.guanxi.referral;

import java.time.OffsetDateTime;

import org.guanxi.core.Named;
import org.guanxi.graph.Props;
import org.neo4j.driver.types.MapAccessor;

/**
 * A referral source that is not a customer: insurer, government office, association, partner company.
 */
public record Organization(String id, String name, String kind, OffsetDateTime createdAt) implements Named {

	public static Organization from(MapAccessor n) {
		return new Organization(Props.string(n, "id"), Props.string(n, "name"), Props.string(n, "kind"),
				Props.dateTime(n, "createdAt"));
	}

}
