package org.guanxi.tiering;

import java.util.List;

import org.guanxi.account.Lifecycle;

/**
 * Stage counts and conversion rates of a set of accounts.
 *
 * @param total accounts in the funnel
 * @param stages POTENTIAL, PROSPECT, RETAINED, LOST
 * @param conversions POTENTIAL to PROSPECT, PROSPECT to RETAINED, PROSPECT to LOST
 * @param winRate retained / (retained + lost), 0 when none decided
 */
public record FunnelStats(int total, List<FunnelStage> stages, List<FunnelConversion> conversions, double winRate) {

	/** Builds the stats from the number of accounts at each stage. */
	static FunnelStats of(int potential, int prospect, int retained, int lost) {
		int total = potential + prospect + retained + lost;
		int contacted = prospect + retained + lost;
		List<FunnelStage> stages = List.of(new FunnelStage(Lifecycle.POTENTIAL, potential, total),
				new FunnelStage(Lifecycle.PROSPECT, prospect, contacted),
				new FunnelStage(Lifecycle.RETAINED, retained, retained), new FunnelStage(Lifecycle.LOST, lost, lost));
		List<FunnelConversion> conversions = List.of(
				new FunnelConversion(Lifecycle.POTENTIAL, Lifecycle.PROSPECT, ratio(contacted, total)),
				new FunnelConversion(Lifecycle.PROSPECT, Lifecycle.RETAINED, ratio(retained, contacted)),
				new FunnelConversion(Lifecycle.PROSPECT, Lifecycle.LOST, ratio(lost, contacted)));
		return new FunnelStats(total, stages, conversions, ratio(retained, retained + lost));
	}

	private static double ratio(int part, int whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}

}
