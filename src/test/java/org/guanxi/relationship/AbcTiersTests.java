package org.guanxi.relationship;

import java.util.Map;

import org.guanxi.relationship.internal.AbcTiers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AbcTiersTests {

	@Test
	void tiersByTheShareOfTheAccountsBefore() {
		// Total 1000: a (400) has 0% before -> A; b (300) 40% -> A; c (200) 70% -> B; d (100) 90% -> C; e (0) -> C.
		Map<String, AbcTiers.Tier> tiers = AbcTiers.of(Map.of("a", 400.0, "b", 300.0, "c", 200.0, "d", 100.0, "e", 0.0),
				0.55, 0.85);
		assertThat(tiers.get("a").tier()).isEqualTo("A");
		assertThat(tiers.get("b").tier()).isEqualTo("A");
		assertThat(tiers.get("b").shareBefore()).isEqualTo(0.4);
		assertThat(tiers.get("c").tier()).isEqualTo("B");
		assertThat(tiers.get("d").tier()).isEqualTo("C");
		assertThat(tiers.get("e").tier()).isEqualTo("C");
		assertThat(tiers.get("e").rank()).isEqualTo(5);
	}

	@Test
	void tiesGoByIdAndAShareExactlyAtTheThresholdFallsToTheNextTier() {
		// x and y tie at 55: x first (0% before) -> A; y has 55/100 = 55% before, not below 55% -> B.
		Map<String, AbcTiers.Tier> tiers = AbcTiers.of(Map.of("y", 45.0, "x", 55.0), 0.55, 0.85);
		assertThat(tiers.get("x").rank()).isEqualTo(1);
		assertThat(tiers.get("y").tier()).isEqualTo("B");
		Map<String, AbcTiers.Tier> tied = AbcTiers.of(Map.of("q", 50.0, "p", 50.0), 0.55, 0.85);
		assertThat(tied.get("p").rank()).isEqualTo(1);
		assertThat(tied.get("q").tier()).isEqualTo("A");
	}

	@Test
	void noRevenueAnywhereIsAllC() {
		assertThat(AbcTiers.of(Map.of("a", 0.0, "b", 0.0), 0.55, 0.85).values())
			.allSatisfy(t -> assertThat(t.tier()).isEqualTo("C"));
	}

}
