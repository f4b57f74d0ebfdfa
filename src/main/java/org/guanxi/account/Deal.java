package org.guanxi.account;

import java.time.LocalDate;

import org.guanxi.graph.Props;
import org.neo4j.driver.types.MapAccessor;

/**
 * A deal with an account.
 */
public record Deal(String id, String name, double amount, DealStatus status, LocalDate openedAt,
		LocalDate expectedCloseAt, LocalDate closedAt, String lostTo, String accountId) {

	public static Deal from(MapAccessor n, String accountId) {
		return new Deal(Props.string(n, "id"), Props.string(n, "name"), Props.decimal(n, "amount", 0),
				Props.enumValue(n, "status", DealStatus.class), Props.date(n, "openedAt"), Props.date(n, "expectedCloseAt"),
				Props.date(n, "closedAt"), Props.string(n, "lostTo"), accountId);
	}

	String sortKey() {
		return this.openedAt == null ? "" : this.openedAt.toString();
	}

}
