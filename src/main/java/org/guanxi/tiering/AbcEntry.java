package org.guanxi.tiering;

import org.guanxi.account.Account;

/**
 * One account in the ABC analysis.
 *
 * @param accountId the account's id
 * @param account the account, when loaded with the analysis (else null)
 * @param revenue won revenue in the period
 * @param share revenue / total revenue (0 when the total is 0)
 * @param cumulativeShare the share of this account and all ranked before it (0 when the total is 0)
 * @param abcClass its class
 */
public record AbcEntry(String accountId, Account account, double revenue, double share, double cumulativeShare, AbcClass abcClass) {

	/** The same entry with its account. */
	AbcEntry withAccount(Account loaded) {
		return new AbcEntry(this.accountId, loaded, this.revenue, this.share, this.cumulativeShare, this.abcClass);
	}

}
