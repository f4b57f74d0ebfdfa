package org.guanxi.tiering;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.guanxi.account.AccountFields;
import org.guanxi.bulk.CsvReport;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The accounts of the whole book overdue for a visit today (in the configured time zone), most overdue first, as
 * {@code overdue_accounts.csv}: the fields of GraphQL's {@code OverdueAccount}, the account as its id and name.
 */
@Component
@Order(3)
class OverdueAccountsCsv implements CsvReport {

	private static final List<String> HEADER = List.of("accountId", "accountName", "abcClass", "lastVisitAt",
			"daysSinceLastVisit", "allowedDays", "overdueDays");

	/** The account's name is all the report shows of it beside its id. */
	private static final AccountFields NAMES = AccountFields.properties(List.of("name"));

	private final VisitService visits;

	OverdueAccountsCsv(VisitService visits) {
		this.visits = visits;
	}

	@Override
	public String name() {
		return "overdue_accounts";
	}

	@Override
	public List<String> header() {
		return HEADER;
	}

	@Override
	public void rows(Consumer<List<?>> sink) {
		for (OverdueAccount overdue : this.visits.overdue(null, null, NAMES)) {
			sink.accept(Arrays.asList(overdue.accountId(), overdue.account() == null ? null : overdue.account().name(),
					overdue.abcClass(), overdue.lastVisitAt(), overdue.daysSinceLastVisit(), overdue.allowedDays(),
					overdue.overdueDays()));
		}
	}

}
