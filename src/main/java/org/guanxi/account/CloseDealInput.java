package org.guanxi.account;

import java.time.LocalDate;

/**
 * How a deal closed: WON or LOST, when, the final amount and, if lost, to whom.
 */
public record CloseDealInput(String dealId, DealResult result, LocalDate closedAt, Double amount, String lostTo) {
}
