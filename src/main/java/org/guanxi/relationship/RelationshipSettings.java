package org.guanxi.relationship;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the derived relationship halves and of the account-level suggestion
 * ({@code guanxi.relationship.*}).
 *
 * @param wonDealDays a WON deal closed within this many days (a deal closed exactly this many days ago counts)
 * meets the organisation's interest
 * @param personalDays personal-interest interactions count within this many days (one exactly this many days
 * ago counts)
 * @param personalInteractions how many POSITIVE personal interactions meet the personal interest
 * @param personalKinds the interaction kinds that count as personal
 * @param currency the currency deal amounts are shown in
 * @param reconcileCron when the daily job records class changes caused by evidence ageing out (Spring cron, in
 * the configured time zone; "-" turns it off)
 */
@ConfigurationProperties("guanxi.relationship")
public record RelationshipSettings(@DefaultValue("365") int wonDealDays, @DefaultValue("180") int personalDays,
		@DefaultValue("2") int personalInteractions,
		@DefaultValue({ "MEAL", "GIFT", "FAVOR", "SOCIAL_EVENT" }) List<String> personalKinds,
		@DefaultValue("CNY") String currency, @DefaultValue("0 5 0 * * *") String reconcileCron) {
}
