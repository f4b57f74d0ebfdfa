package org.guanxi.tiering;

/**
 * Consecutive ranked accounts of one class, a point of the Pareto curve ({@link AbcAnalysis#curve}).
 *
 * @param fromRank rank of the first account (1 = highest revenue)
 * @param toRank rank of the last account
 * @param accounts accounts in the group
 * @param revenue their won revenue
 * @param cumulativeShare share of the revenue up to and including the last account
 * @param accountShare toRank / all accounts
 * @param abcClass the class of every account of the group
 */
public record ParetoPoint(int fromRank, int toRank, int accounts, double revenue, double cumulativeShare,
		double accountShare, AbcClass abcClass) {
}
