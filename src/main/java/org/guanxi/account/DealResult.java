package org.guanxi.account;

/**
 * How a deal is closed.
 */
public enum DealResult {

	WON, LOST

}
