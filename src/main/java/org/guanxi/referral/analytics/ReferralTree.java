package org.guanxi.referral.analytics;

import java.util.List;

/**
 * What a referral source has brought forward, up to a depth.
 *
 * @param source the source record
 * @param maxDepth the depth walked
 * @param decay the weight of indirect revenue used
 * @param directReferrals nodes at depth 1
 * @param totalReferrals all nodes reached
 * @param directRevenue revenue of the nodes at depth 1
 * @param indirectRevenue sum over the nodes at depth d >= 2 of revenue * decay^(d-1)
 * @param nodes the nodes reached, by depth
 * @param revenueHidden whether nodes the user may not see have revenue, which the revenues here leave out
 */
public record ReferralTree(Object source, int maxDepth, double decay, int directReferrals, int totalReferrals,
		double directRevenue, double indirectRevenue, List<ReferralTreeNode> nodes, boolean revenueHidden) {

	public double totalRevenue() {
		return this.directRevenue + this.indirectRevenue;
	}

}
