package org.guanxi.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVPrinter;
import org.guanxi.bulk.internal.Column;
import org.guanxi.bulk.internal.ImportRun;
import org.guanxi.core.Visibility;
import org.guanxi.core.Messages;
import org.guanxi.core.Text;
import org.guanxi.graph.Cypher;
import org.neo4j.driver.Driver;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Writes every entity and tie as the CSV files of {@link BulkFile}, rows sorted by id (ties by their ends), in
 * the format import reads, so that an export imports back unchanged; and the {@link CsvReport}s other modules
 * contribute. Reads page by page, so memory stays bounded.
 */
@Service
public class BulkExporter {

	private static final Map<BulkFile, List<String>> QUERIES = Map.ofEntries(
			Map.entry(BulkFile.ACCOUNTS, List.of("exportAccounts")), Map.entry(BulkFile.REPS, List.of("exportReps")),
			Map.entry(BulkFile.ORGANIZATIONS, List.of("exportOrganizations")),
			Map.entry(BulkFile.CHANNELS, List.of("exportChannels")), Map.entry(BulkFile.PEOPLE, List.of("exportPeople")),
			Map.entry(BulkFile.REPORTS_TO, List.of("exportReportsTo")),
			Map.entry(BulkFile.INFLUENCES, List.of("exportInfluences")),
			Map.entry(BulkFile.KNOWS, List.of("exportKnowsFromPerson", "exportKnowsFromRep")),
			Map.entry(BulkFile.OWNS, List.of("exportOwns")),
			Map.entry(BulkFile.REFERRALS,
					List.of("exportReferralsFromAccount", "exportReferralsFromPerson", "exportReferralsFromOrganization",
							"exportReferralsFromChannel")),
			Map.entry(BulkFile.INTERACTIONS, List.of("exportInteractions")),
			Map.entry(BulkFile.DEALS, List.of("exportDeals")),
			Map.entry(BulkFile.ASSESSMENTS, List.of("exportAssessments")),
			Map.entry(BulkFile.RELATIONSHIP_HISTORY, List.of("exportRelationshipHistory")),
			Map.entry(BulkFile.AUDIT_TRAIL, List.of("exportAuditTrail")));

	private final Driver driver;

	private final Cypher cypher;

	private final BulkProperties properties;

	private final ObjectProvider<CsvReport> reports;

	BulkExporter(Driver driver, Cypher cypher, BulkProperties properties, ObjectProvider<CsvReport> reports) {
		this.driver = driver;
		this.cypher = cypher;
		this.properties = properties;
		this.reports = reports;
	}

	/** The names of everything export writes: the book files, then the reports (without .csv). */
	public List<String> names() {
		List<String> names = new ArrayList<>();
		for (BulkFile file : BulkFile.values()) {
			names.add(file.baseName());
		}
		this.reports.orderedStream().forEach(r -> names.add(r.name()));
		return names;
	}

	/**
	 * {@link #write(String, Writer, Locale)} to be run later, on another thread (a streamed response), seeing what the
	 * user of the current request sees.
	 */
	public Export forCurrentUser(String name, Locale locale) {
		Visibility visibility = this.cypher.visibility();
		return out -> this.cypher.as(visibility, () -> write(name, out, locale));
	}

	/** An export prepared by {@link #forCurrentUser}. */
	@FunctionalInterface
	public interface Export {

		Optional<Long> writeTo(Writer out) throws IOException;

	}

	/** Whether a file name is that of a report export writes ({@code <name>.csv}); import ignores reports. */
	public boolean isReport(String fileName) {
		return this.reports.orderedStream().anyMatch(r -> fileName.equals(r.name() + ".csv"));
	}

	/**
	 * Writes the file or report with this base name; returns the rows written, or empty when there is no such
	 * name.
	 */
	public Optional<Long> write(String name, Writer out) throws IOException {
		return write(name, out, Locale.ENGLISH);
	}

	/**
	 * Writes the file or report with this base name, a report's header and labels in the language of the locale
	 * (book files keep their column names, so that they import the same in every language); returns the rows
	 * written, or empty when there is no such name.
	 */
	public Optional<Long> write(String name, Writer out, Locale locale) throws IOException {
		Optional<BulkFile> file = BulkFile.named(name);
		if (file.isPresent()) {
			return Optional.of(write(file.get(), out));
		}
		Optional<CsvReport> report = this.reports.orderedStream().filter(r -> r.name().equals(name)).findFirst();
		if (report.isPresent()) {
			return Optional.of(write(report.get(), out, locale));
		}
		return Optional.empty();
	}

	/**
	 * Writes every book file and report into a folder; returns the rows written per file name. The book files are
	 * read in one read transaction, so they are one consistent snapshot of the graph even while others write; the
	 * reports follow, each computed on its own.
	 */
	public Map<String, Long> exportFolder(Path dir) throws IOException {
		return exportFolder(dir, Locale.ENGLISH);
	}

	/** Writes every book file and report (in the language of the locale) into a folder. */
	public Map<String, Long> exportFolder(Path dir, Locale locale) throws IOException {
		Files.createDirectories(dir);
		Map<String, Long> written = new LinkedHashMap<>();
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
				Transaction tx = session.beginTransaction()) {
			for (BulkFile file : BulkFile.values()) {
				try (Writer out = Files.newBufferedWriter(dir.resolve(file.fileName()), StandardCharsets.UTF_8)) {
					written.put(file.fileName(), write(file, out, tx));
				}
			}
		}
		for (CsvReport report : this.reports.orderedStream().toList()) {
			try (Writer out = Files.newBufferedWriter(dir.resolve(report.name() + ".csv"), StandardCharsets.UTF_8)) {
				written.put(report.name() + ".csv", write(report, out, locale));
			}
		}
		return written;
	}

	/** Writes one book file, read in one read transaction. */
	public long write(BulkFile file, Writer out) throws IOException {
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
				Transaction tx = session.beginTransaction()) {
			return write(file, out, tx);
		}
	}

	private long write(BulkFile file, Writer out, Transaction tx) throws IOException {
		CSVPrinter printer = new CSVPrinter(buffered(out), ImportRun.FORMAT);
		printer.printRecord(file.columns());
		long rows = 0;
		for (String query : QUERIES.get(file)) {
			rows += writePages(tx, this.cypher.text("bulk/" + query), file, printer);
		}
		printer.flush();
		return rows;
	}

	private long writePages(Transaction tx, String query, BulkFile file, CSVPrinter printer) throws IOException {
		int limit = Math.max(1, this.properties.batchSize());
		String after = "";
		long rows = 0;
		while (true) {
			String from = after;
			List<org.neo4j.driver.Record> page = tx.run(query, Map.of("after", from, "limit", limit)).list();
			for (org.neo4j.driver.Record record : page) {
				for (Value row : record.get("rows").values()) {
					printer.printRecord(file.columns().stream().map(c -> Column.format(value(row.get(c)))).toList());
					rows++;
				}
			}
			if (page.size() < limit) {
				return rows;
			}
			after = page.get(page.size() - 1).get("key").asString();
		}
	}

	private static Object value(Value value) {
		return value == null || value.isNull() ? null : value.asObject();
	}

	private static long write(CsvReport report, Writer out, Locale locale) throws IOException {
		CSVPrinter printer = new CSVPrinter(buffered(out), ImportRun.FORMAT);
		printer.printRecord(report.header()
			.stream()
			.map(column -> Messages.text(Text.of("csv." + report.name() + "." + column), locale))
			.toList());
		long[] rows = { 0 };
		report.rows(row -> {
			try {
				printer.printRecord(row.stream().map(value -> reportCell(value, locale)).toList());
				rows[0]++;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		printer.flush();
		return rows[0];
	}

	/**
	 * A cell of a report. Reports are opened in spreadsheets: a text that a spreadsheet would run as a formula
	 * (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, as OWASP recommends for CSV
	 * injection. Numbers and dates are written as they are; book files are never changed, so that an export
	 * imports back exactly. Labels ({@link Text}) are written in the language of the locale.
	 */
	static String reportCell(Object value, Locale locale) {
		String text = value instanceof Text label ? Messages.text(label, locale) : Column.format(value);
		if ((value instanceof String || value instanceof Text) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	private static Writer buffered(Writer out) {
		return out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
	}

}
