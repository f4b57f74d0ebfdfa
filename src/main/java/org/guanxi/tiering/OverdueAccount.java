package org.guanxi.tiering;

import java.time.OffsetDateTime;

import org.guanxi.account.Account;

/**
 * An account whose last visit is longer ago than its cadence allows.
 *
 * @param accountId the account's id
 * @param account the account, when loaded with the report (else null)
 * @param abcClass its ABC class (default thresholds, all-time revenue)
 * @param lastVisitAt its last VISIT on or before the as-of date, null when never visited
 * @param daysSinceLastVisit whole days from the last visit's date to the as-of date, null when never visited
 * @param allowedDays the most days allowed between visits for its class (30 / visits a month)
 * @param overdueDays daysSinceLastVisit - allowedDays, null when never visited
 */
public record OverdueAccount(String accountId, Account account, AbcClass abcClass, OffsetDateTime lastVisitAt,
		Integer daysSinceLastVisit, double allowedDays, Double overdueDays) {

	/** The same account's assessment with the account itself. */
	OverdueAccount withAccount(Account loaded) {
		return new OverdueAccount(this.accountId, loaded, this.abcClass, this.lastVisitAt, this.daysSinceLastVisit,
				this.allowedDays, this.overdueDays);
	}

	boolean neverVisited() {
		return this.lastVisitAt == null;
	}

}
