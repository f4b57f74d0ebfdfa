package org.guanxi.account;

/**
 * Lifecycle of an account: potential 潜在, prospect 意向, retained 保有, lost 战败; stored as the name in
 * {@code Account.lifecycle}.
 */
public enum Lifecycle {

	POTENTIAL, PROSPECT, RETAINED, LOST

}
