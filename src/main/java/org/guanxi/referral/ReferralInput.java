package org.guanxi.referral;

import java.time.LocalDate;

/**
 * A referral to record: the source (account, person, organisation or channel) brought us the target (account
 * or person). {@code at} is today when absent on creation; absent values keep those of an existing referral.
 */
public record ReferralInput(String sourceId, String targetId, LocalDate at, String note) {
}
