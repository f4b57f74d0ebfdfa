package org.guanxi.account;

/**
 * Where a deal stands; stored as the name in {@code Deal.status}.
 */
public enum DealStatus {

	OPEN, WON, LOST

}
