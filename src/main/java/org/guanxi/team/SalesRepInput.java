package org.guanxi.team;

import org.guanxi.core.Changes;
import org.guanxi.core.Check;

/**
 * A sales rep to create or update; null fields keep their value. The id is generated when absent.
 */
public record SalesRepInput(String id, String name, String team, String email) {

	Changes changes() {
		return Changes.of()
			.put("name", Check.optionalName("name", this.name))
			.put("team", this.team == null ? null : this.team.strip())
			.put("email", this.email == null ? null : this.email.strip());
	}

}
