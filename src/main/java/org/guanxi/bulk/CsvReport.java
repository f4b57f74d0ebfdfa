package org.guanxi.bulk;

import java.util.List;
import java.util.function.Consumer;

/**
 * A report that export writes as one more CSV file beside the book files, e.g. the referral-source report, the
 * ABC analysis or the overdue accounts. Modules contribute reports by declaring a Spring bean implementing this
 * interface; {@link BulkExporter} discovers them, {@code export DIR} writes them as {@code <name>.csv} and
 * {@code GET /export/<name>.csv} serves them. Reports are not imported back.
 */
public interface CsvReport {

	/** The file base name, e.g. {@code abc_analysis}; lower case, digits and underscores. */
	String name();

	/** The header row: column names, written as the bundles' {@code csv.<name>.<column>} in the reader's language. */
	List<String> header();

	/** Streams the data rows to the sink, each as many values as the header has columns (null = blank). */
	void rows(Consumer<List<?>> sink);

}
