package org.guanxi.referral.analytics;

import java.time.LocalDate;

/**
 * One introduction of a referral chain: {@code from} referred {@code to}.
 *
 * @param from the source (Account, Person, Organization or Channel record)
 * @param to the target (Account or Person record)
 * @param at the referral date, null when unknown
 * @param note the referral's note
 */
public record ReferralLink(Object from, Object to, LocalDate at, String note) {
}
