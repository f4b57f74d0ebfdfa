package org.guanxi.account;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters of the deal list; null means "any".
 */
public record DealFilter(String accountId, List<DealStatus> status, LocalDate closedFrom, LocalDate closedTo) {
}
