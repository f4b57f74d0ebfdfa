package org.guanxi.account;

import java.time.LocalDate;

/**
 * A deal to open or update.
 */
public record DealInput(String id, String accountId, String name, Double amount, LocalDate openedAt,
		LocalDate expectedCloseAt) {
}
