package org.guanxi.relationship.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.relationship.RelationshipSettings;

/**
 * The time windows of the derived halves as of the clock's now, as query parameters: WON deals closed on or
 * after {@code today - wonDealDays} and not after today; personal interactions at or after
 * {@code now - personalDays} and not after now.
 */
public final class Window {

	private Window() {
	}

	/** The windows, with the people as {@code $ids}. */
	public static Map<String, Object> parameters(Clock clock, RelationshipSettings settings, Collection<String> ids) {
		Map<String, Object> parameters = windows(clock, settings);
		parameters.put("ids", List.copyOf(ids));
		return parameters;
	}

	/** The windows, with the account whose people are wanted as {@code $accountId}. */
	public static Map<String, Object> accountParameters(Clock clock, RelationshipSettings settings, String accountId) {
		Map<String, Object> parameters = windows(clock, settings);
		parameters.put("accountId", accountId);
		return parameters;
	}

	private static Map<String, Object> windows(Clock clock, RelationshipSettings settings) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("today", today);
		parameters.put("wonSince", today.minusDays(settings.wonDealDays()));
		parameters.put("now", now);
		parameters.put("personalSince", now.minusDays(settings.personalDays()));
		parameters.put("personalKinds", settings.personalKinds());
		parameters.put("personalInteractions", settings.personalInteractions());
		return parameters;
	}

}
