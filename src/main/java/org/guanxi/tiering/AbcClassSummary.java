package org.guanxi.tiering;

/**
 * The accounts and revenue of one ABC class, against the healthy mix (about 20% A, 40% B, 40% C by count).
 *
 * @param abcClass the class
 * @param accounts how many accounts are in the class
 * @param accountShare accounts / all accounts (0 for an empty book)
 * @param revenue the class's revenue
 * @param revenueShare revenue / total revenue (0 when the total is 0)
 * @param targetAccountShare the healthy share of accounts for this class
 */
public record AbcClassSummary(AbcClass abcClass, int accounts, double accountShare, double revenue, double revenueShare,
		double targetAccountShare) {
}
