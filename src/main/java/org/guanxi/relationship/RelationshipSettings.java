package org.guanxi.relationship;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the derived relationship halves ({@code guanxi.relationship.*}).
 *
 * @param wonDealDays a WON deal closed within this many days meets the organisation's interest
 * @param personalDays personal-interest interactions count within this many days
 * @param personalInteractions how many POSITIVE personal interactions meet the personal interest
 * @param personalKinds the interaction kinds that count as personal
 */
@ConfigurationProperties("guanxi.relationship")
public record RelationshipSettings(@DefaultValue("365") int wonDealDays, @DefaultValue("180") int personalDays,
		@DefaultValue("2") int personalInteractions,
		@DefaultValue({ "MEAL", "GIFT", "FAVOR", "SOCIAL_EVENT" }) List<String> personalKinds) {
}
