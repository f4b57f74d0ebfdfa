package org.guanxi.bulk;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What book to generate.
 *
 * @param accounts how many accounts
 * @param seed the random seed: the same options give the same book
 * @param asOf the anchor date: interactions cover the year before it, deals the two years before it
 * @param zone the time zone of the generated date-times
 * @param dealsPerAccount the mean number of deals per account
 * @param interactionsPerAccount the mean number of interactions per account
 */
public record BookOptions(int accounts, long seed, LocalDate asOf, ZoneId zone, double dealsPerAccount,
		double interactionsPerAccount) {

	public BookOptions {
		if (accounts < 1) {
			throw new IllegalArgumentException("accounts must be 1 or more, got " + accounts);
		}
		if (dealsPerAccount < 0 || interactionsPerAccount < 0) {
			throw new IllegalArgumentException("deals and interactions per account must not be negative");
		}
	}

	/** About 3 deals and 10 interactions per account, in Shanghai time. */
	public static BookOptions of(int accounts, long seed, LocalDate asOf) {
		return new BookOptions(accounts, seed, asOf, ZoneId.of("Asia/Shanghai"), 3, 10);
	}

}
