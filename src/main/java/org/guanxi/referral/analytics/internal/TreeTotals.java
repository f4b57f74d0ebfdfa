package org.guanxi.referral.analytics.internal;

import java.util.List;
import java.util.Map;

/**
 * The measures of a referral tree: direct referrals (depth 1), total referrals (all nodes reached), direct
 * revenue (revenue at depth 1) and indirect revenue (sum over depth d >= 2 of revenue * decay^(d-1)).
 */
public record TreeTotals(int directReferrals, int totalReferrals, double directRevenue, double indirectRevenue) {

	public double totalRevenue() {
		return this.directRevenue + this.indirectRevenue;
	}

	public static TreeTotals of(List<ReferralBfs.Visit> visits, Map<String, Double> revenueByNode, double decay) {
		int direct = 0;
		double directRevenue = 0;
		double indirectRevenue = 0;
		for (ReferralBfs.Visit visit : visits) {
			double revenue = revenueByNode.getOrDefault(visit.node(), 0.0);
			if (visit.depth() == 1) {
				direct++;
				directRevenue += revenue;
			}
			else {
				indirectRevenue += revenue * Math.pow(decay, visit.depth() - 1);
			}
		}
		return new TreeTotals(direct, visits.size(), directRevenue, indirectRevenue);
	}

}
