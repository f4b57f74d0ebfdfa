package org.guanxi.tiering;

import java.time.LocalDate;
import java.util.List;

/**
 * The visits an account needs in a month.
 *
 * @param accountId the account
 * @param abcClass its ABC class (default thresholds, all-time revenue)
 * @param repId the rep the plan is for (the rep asked for, else the account's first owner by id; null if unowned)
 * @param dueBy when the next visit still to do is due (the last due date once all are done)
 * @param dueDates the due date of each required visit of the month
 * @param visitsDone days with a VISIT to the account in the month
 * @param visitsRequired visits a month for its class
 */
public record PlannedVisit(String accountId, AbcClass abcClass, String repId, LocalDate dueBy, List<LocalDate> dueDates,
		int visitsDone, int visitsRequired) {

	public boolean complete() {
		return this.visitsDone >= this.visitsRequired;
	}

}
