package org.guanxi.stakeholder.chain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the influence ranking ({@code guanxi.influence.*}); see docs/decision-chain.md.
 *
 * @param reportsToWeight weight of the tie manager -> report that each REPORTS_TO line adds
 * @param damping the PageRank damping factor, in [0, 1)
 * @param tolerance iteration stops when the L1 change of the scores falls below this
 * @param maxIterations iteration stops after this many rounds at the latest
 * @param sources how many sources each explanation lists
 */
@ConfigurationProperties("guanxi.influence")
public record InfluenceSettings(@DefaultValue("0.5") double reportsToWeight, @DefaultValue("0.85") double damping,
		@DefaultValue("1e-12") double tolerance, @DefaultValue("1000") int maxIterations,
		@DefaultValue("3") int sources) {

	public InfluenceSettings {
		if (!(damping >= 0 && damping < 1)) {
			throw new IllegalArgumentException("guanxi.influence.damping must be in [0, 1), got " + damping);
		}
		if (!(reportsToWeight >= 0)) {
			throw new IllegalArgumentException("guanxi.influence.reports-to-weight must be >= 0, got " + reportsToWeight);
		}
	}

	/** The defaults of design.md. */
	public static InfluenceSettings defaults() {
		return new InfluenceSettings(0.5, 0.85, 1e-12, 1000, 3);
	}

}
