package org.guanxi.stakeholder.chain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the decision chain ({@code guanxi.decision-chain.*}); see docs/decision-chain.md.
 *
 * @param insiderMinLevel an insider candidate's level is at least this (1 = top of the hierarchy)
 * @param insiderMinTies an insider candidate is tied to at least this many other people of the account
 */
@ConfigurationProperties("guanxi.decision-chain")
public record DecisionChainSettings(@DefaultValue("3") int insiderMinLevel, @DefaultValue("2") int insiderMinTies) {

	public DecisionChainSettings {
		if (insiderMinTies < 1) {
			throw new IllegalArgumentException("guanxi.decision-chain.insider-min-ties must be >= 1");
		}
	}

	public static DecisionChainSettings defaults() {
		return new DecisionChainSettings(3, 2);
	}

}
