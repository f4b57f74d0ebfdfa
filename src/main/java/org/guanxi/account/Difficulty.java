package org.guanxi.account;

/**
 * How hard an account is to win; stored as the name in {@code Account.difficulty}.
 */
public enum Difficulty {

	HIGH, MEDIUM, LOW

}
