package org.guanxi.workspace;

import java.time.LocalDate;

/**
 * The team's settings a client needs to show dates and amounts as Guanxi means them.
 *
 * @param timeZone the team's time zone (IANA id), in which days begin and end
 * @param currency the currency deal amounts are in
 * @param today today in the team's time zone
 */
public record TeamSettings(String timeZone, String currency, LocalDate today) {
}
