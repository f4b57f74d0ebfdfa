package org.guanxi.referral.analytics;

/**
 * A source ranked by what its referral tree (default depth and decay) is worth.
 *
 * @param source the source record
 * @param kind the kind of source
 * @param directReferrals nodes at depth 1
 * @param totalReferrals all nodes reached
 * @param directRevenue revenue at depth 1
 * @param indirectRevenue decayed revenue at depth 2 and more
 * @param totalRevenue direct + indirect
 */
public record TopReferrer(Object source, String kind, int directReferrals, int totalReferrals, double directRevenue,
		double indirectRevenue, double totalRevenue) {
}
