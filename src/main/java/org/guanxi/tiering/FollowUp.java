package org.guanxi.tiering;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A contact an account is due.
 *
 * @param accountId the account
 * @param reason why the contact is due
 * @param dueAt the last day to make the contact, in the configured time zone
 * @param deadline the exact deadline of a NEW_PROSPECT contact (24 hours after it became a prospect), else null
 * @param firstContactAt for NEW_PROSPECT, the first contact after it became a prospect when that came after the
 * deadline (late); null when there was none yet, and for the other reasons
 * @param overdue true when dueAt is before the as-of date
 * @param dealId the WON deal an after-sale contact follows, else null
 */
public record FollowUp(String accountId, FollowUpReason reason, LocalDate dueAt, OffsetDateTime deadline,
		OffsetDateTime firstContactAt, boolean overdue, String dealId) {
}
