package org.guanxi.workspace;

import java.time.Clock;
import java.time.LocalDate;

import org.guanxi.relationship.RelationshipSettings;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TeamSettingsController {

	private final Clock clock;

	private final RelationshipSettings relationshipSettings;

	TeamSettingsController(Clock clock, RelationshipSettings relationshipSettings) {
		this.clock = clock;
		this.relationshipSettings = relationshipSettings;
	}

	@QueryMapping
	TeamSettings teamSettings() {
		return new TeamSettings(this.clock.getZone().getId(), this.relationshipSettings.currency(),
				LocalDate.now(this.clock));
	}

}
