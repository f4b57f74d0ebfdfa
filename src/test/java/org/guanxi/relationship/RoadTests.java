package org.guanxi.relationship;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.guanxi.core.Text;
import org.guanxi.relationship.internal.Road;
import org.guanxi.stakeholder.RelationshipClass;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanxi.stakeholder.RelationshipClass.FRIEND;
import static org.guanxi.stakeholder.RelationshipClass.OUTSIDER;
import static org.guanxi.stakeholder.RelationshipClass.PARTNER;
import static org.guanxi.stakeholder.RelationshipClass.SUPPLIER;

class RoadTests {

	@Test
	void theFirstStepOutOfOutsiderNamesTheRoad() {
		assertThat(Road.of(PARTNER, history(OUTSIDER, FRIEND, SUPPLIER, PARTNER))).isEqualTo("VIA_FRIEND");
		assertThat(Road.of(PARTNER, history(OUTSIDER, SUPPLIER, FRIEND, PARTNER))).isEqualTo("VIA_SUPPLIER");
		assertThat(Road.of(PARTNER, history(OUTSIDER, FRIEND, PARTNER))).isEqualTo("VIA_FRIEND");
	}

	@Test
	void theLatestClimbCounts() {
		assertThat(Road.of(PARTNER, history(OUTSIDER, FRIEND, PARTNER, OUTSIDER, SUPPLIER, PARTNER)))
			.isEqualTo("VIA_SUPPLIER");
		// Losing the personal side for a while does not change the road taken.
		assertThat(Road.of(PARTNER, history(OUTSIDER, FRIEND, PARTNER, SUPPLIER, PARTNER)))
			.isEqualTo("VIA_FRIEND");
	}

	@Test
	void noRoadForADirectJumpOrANonPartner() {
		assertThat(Road.of(PARTNER, history(OUTSIDER, PARTNER))).isNull();
		assertThat(Road.of(SUPPLIER, history(OUTSIDER, FRIEND, PARTNER, SUPPLIER))).isNull();
		assertThat(Road.of(OUTSIDER, List.of())).isNull();
	}

	private static List<RelationshipChange> history(RelationshipClass... classes) {
		List<RelationshipChange> changes = new ArrayList<>();
		OffsetDateTime at = OffsetDateTime.parse("2026-01-01T10:00:00+08:00");
		for (int i = 1; i < classes.length; i++) {
			changes.add(new RelationshipChange(classes[i - 1], classes[i], at.plusDays(i), Text.of("cause.assessment")));
		}
		return changes;
	}

}
