package org.guanxi.referral.analytics;

/**
 * One line of the referral-source report: a source, or a kind of source.
 *
 * @param key the source id, or the kind when grouped by kind
 * @param source the source record (null when grouped by kind)
 * @param kind the kind of source (CUSTOMER, PARTNER_ORGANIZATION, PERSONAL_NETWORK, EVENT, MEDIA)
 * @param kindLabel the kind in words, English and Chinese
 * @param leads referrals made in the period (each edge counts)
 * @param converted of those, the ones whose target is RETAINED or has a WON deal
 * @param conversionRate converted / leads
 * @param revenue WON revenue of the converted targets
 * @param avgDaysToClose mean days from the referral date to the target's first WON deal on or after it, null
 * when no lead has one
 */
public record ReferralSourceStat(String key, Object source, String kind, String kindLabel, int leads, int converted,
		double conversionRate, double revenue, Double avgDaysToClose) {
}
