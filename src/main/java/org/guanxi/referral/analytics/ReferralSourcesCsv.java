package org.guanxi.referral.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.guanxi.bulk.CsvReport;
import org.guanxi.referral.analytics.internal.SourceNodes;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The referral-source report over all time, one line per source, as {@code referral_sources.csv}: the fields of
 * GraphQL's {@code ReferralSourceStat} in its order, the source as its type and name beside its id ({@code key}).
 */
@Component
@Order(1)
class ReferralSourcesCsv implements CsvReport {

	private static final List<String> HEADER = List.of("key", "sourceType", "sourceName", "kind", "kindLabel", "leads",
			"converted", "conversionRate", "revenue", "avgDaysToClose");

	private final ReferralReportService reports;

	ReferralSourcesCsv(ReferralReportService reports) {
		this.reports = reports;
	}

	@Override
	public String name() {
		return "referral_sources";
	}

	@Override
	public List<String> header() {
		return HEADER;
	}

	@Override
	public void rows(Consumer<List<?>> sink) {
		for (ReferralSourceStat line : this.reports.wholeSourceReport(null, null, "SOURCE")) {
			Object source = line.source();
			sink.accept(Arrays.asList(line.key(), source == null ? null : SourceNodes.type(source),
					source == null ? null : SourceNodes.name(source), line.kind(), line.kindLabel(), line.leads(),
					line.converted(), line.conversionRate(), line.revenue(), line.avgDaysToClose()));
		}
	}

}
