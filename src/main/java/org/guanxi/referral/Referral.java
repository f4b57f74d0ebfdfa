package org.guanxi.referral;

import java.time.LocalDate;

/**
 * A referral: the source brought us the target as a lead.
 *
 * @param source the referring {@code Account}, {@code Person}, {@link Organization} or {@link Channel} record
 * @param target the referred {@code Account} or {@code Person} record
 * @param at when the lead was referred
 * @param note free text, may be null
 */
public record Referral(Object source, Object target, LocalDate at, String note) {
}
