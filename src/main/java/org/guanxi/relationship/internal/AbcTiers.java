package org.guanxi.relationship.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ABC analysis of design.md: accounts by won revenue, descending (ties by id); an account is A if the
 * cumulative share of the accounts before it is below {@code aShare}, B below {@code bShare}, else C; accounts with
 * no revenue are C.
 */
public final class AbcTiers {

	private AbcTiers() {
	}

	/** The tier of one account with its rank and the share of revenue held by the accounts before it. */
	public record Tier(String tier, int rank, double shareBefore, double revenue) {
	}

	public static Map<String, Tier> of(Map<String, Double> revenueById, double aShare, double bShare) {
		List<Map.Entry<String, Double>> sorted = new ArrayList<>(revenueById.entrySet());
		sorted.sort(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
			.reversed()
			.thenComparing(Map.Entry::getKey));
		double total = sorted.stream().mapToDouble(Map.Entry::getValue).sum();
		Map<String, Tier> tiers = new HashMap<>();
		double before = 0;
		int rank = 1;
		for (Map.Entry<String, Double> account : sorted) {
			double share = total > 0 ? before / total : 0;
			tiers.put(account.getKey(), new Tier(tier(account.getValue(), share, aShare, bShare), rank++, share,
					account.getValue()));
			before += account.getValue();
		}
		return tiers;
	}

	private static String tier(double revenue, double shareBefore, double aShare, double bShare) {
		if (revenue <= 0) {
			return "C";
		}
		if (shareBefore < aShare) {
			return "A";
		}
		return shareBefore < bShare ? "B" : "C";
	}

}
