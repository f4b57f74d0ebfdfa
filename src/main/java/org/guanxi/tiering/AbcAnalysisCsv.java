package org.guanxi.tiering;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.guanxi.account.AccountFields;
import org.guanxi.bulk.CsvReport;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The ABC analysis over all time with the default thresholds, one line per account in rank order, as
 * {@code abc_analysis.csv}: the fields of GraphQL's {@code AbcEntry}, the account as its id and name.
 */
@Component
@Order(2)
class AbcAnalysisCsv implements CsvReport {

	private static final List<String> HEADER = List.of("accountId", "accountName", "revenue", "share",
			"cumulativeShare", "abcClass");

	/** The account's name is all the report shows of it beside its id. */
	private static final AccountFields NAMES = AccountFields.properties(List.of("name"));

	private final AbcService abc;

	AbcAnalysisCsv(AbcService abc) {
		this.abc = abc;
	}

	@Override
	public String name() {
		return "abc_analysis";
	}

	@Override
	public List<String> header() {
		return HEADER;
	}

	@Override
	public void rows(Consumer<List<?>> sink) {
		for (AbcEntry entry : this.abc.analyse(null, null, null, null, NAMES).entries()) {
			sink.accept(Arrays.asList(entry.accountId(), entry.account() == null ? null : entry.account().name(),
					entry.revenue(), entry.share(), entry.cumulativeShare(), entry.abcClass()));
		}
	}

}
