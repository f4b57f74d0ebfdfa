package org.guanxi.core.events;

/**
 * A deal was closed as WON or LOST, published inside the closing transaction.
 *
 * @param dealId the deal
 * @param accountId the account the deal is for
 * @param result WON or LOST
 */
public record DealClosed(String dealId, String accountId, String result) {
}
