package org.guanxi.account;

import java.util.List;

import org.guanxi.core.Text;

/**
 * The deals of an account whose amount is not a number between 0 and 10^15. Guanxi refuses such amounts, so they
 * were written outside it (e.g. with plain Cypher); they are left out of revenue, the funnel and the reports, and
 * reported as a data error of their account rather than failing a whole report.
 *
 * @param accountId the account
 * @param dealIds its deals with such an amount, sorted
 */
public record InvalidAmounts(String accountId, List<String> dealIds) {

	public InvalidAmounts {
		dealIds = dealIds.stream().sorted().toList();
	}

	/** What is wrong and how to fix it, in words. */
	public Text text() {
		return Text.of("error.invalidAmounts", this.accountId, Text.list(this.dealIds));
	}

}
