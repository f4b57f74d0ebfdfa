package org.guanxi.tiering;

/**
 * An account's class in the ABC analysis: A, the accounts that make most of the revenue; B, the next; C, the
 * rest and every account without revenue. Each has a healthy share of the accounts.
 */
public enum AbcClass {

	A(0.2), B(0.4), C(0.4);

	private final double targetAccountShare;

	AbcClass(double targetAccountShare) {
		this.targetAccountShare = targetAccountShare;
	}

	/** The healthy share of the accounts in this class. */
	public double targetAccountShare() {
		return this.targetAccountShare;
	}

}
