package org.guanxi.bulk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.guanxi.bulk.internal.BatchWriter;
import org.guanxi.bulk.internal.Candidate;
import org.guanxi.bulk.internal.ImportRun;
import org.guanxi.bulk.internal.Resolver;
import org.guanxi.bulk.internal.StoredTies;
import org.guanxi.core.GuanxiSettings;
import org.guanxi.core.HistoryRecorder;
import org.guanxi.core.Text;
import org.guanxi.core.events.SalesRepsChanged;
import org.guanxi.graph.Cypher;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.ResultSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports a book of CSV files (see {@link BulkFile} and docs/import.md): validates every file first, then writes
 * the rows in parameterised {@code UNWIND} batches of {@code guanxi.bulk.batch-size} rows, each batch one
 * transaction, merged on ids, so that re-importing the same files changes nothing and a killed import is
 * completed by running it again.
 */
@Service
public class BulkImporter {

	private final Driver driver;

	private final Cypher cypher;

	private final BulkProperties properties;

	private final GuanxiSettings settings;

	private final Clock clock;

	private final ImportMetrics metrics;

	private final HistoryRecorder history;

	private final ImportLock lock;

	private final ApplicationEventPublisher events;

	BulkImporter(Driver driver, Cypher cypher, BulkProperties properties, GuanxiSettings settings, Clock clock,
			ImportMetrics metrics, HistoryRecorder history, ImportLock lock, ApplicationEventPublisher events) {
		this.events = events;
		this.metrics = metrics;
		this.lock = lock;
		this.driver = driver;
		this.cypher = cypher;
		this.properties = properties;
		this.settings = settings;
		this.clock = clock;
		this.history = history;
	}

	/** Imports the book files of a folder. */
	public ImportSummary importFolder(Path dir, ImportOptions options, ImportListener listener) {
		return importFrom(CsvSource.folder(dir), options, listener);
	}

	/** Imports the files of a source. */
	public ImportSummary importFrom(CsvSource source, ImportOptions options) {
		return importFrom(source, options, ImportListener.NONE);
	}

	/** Imports the files of a source, telling the listener of the progress. */
	public ImportSummary importFrom(CsvSource source, ImportOptions options, ImportListener listener) {
		return importFrom(source, options, listener, this.properties.batchSize());
	}

	/**
	 * Imports the files of a source with batches of the given size (rows per transaction), one import at a time
	 * per database (a dry run writes nothing and runs any time).
	 * @throws ImportRunning when another import is writing to the database
	 */
	public ImportSummary importFrom(CsvSource source, ImportOptions options, ImportListener listener, int batchSize) {
		if (options.dryRun()) {
			return run(source, options, listener, batchSize);
		}
		try (ImportLock.Held held = this.lock.take()) {
			return run(source, options, listener, batchSize);
		}
	}

	private ImportSummary run(CsvSource source, ImportOptions options, ImportListener listener, int batchSize) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		try (ImportMetrics.Run run = this.metrics.start(listener); Session session = this.driver.session()) {
			boolean stored = session.executeRead(tx -> tx.run(this.cypher.text("bulk/hasNodes")).single())
				.get("found")
				.asBoolean();
			// a backup brings its own history: restoring it records nothing of its own
			boolean restoring = hasRows(source, BulkFile.RELATIONSHIP_HISTORY);
			BatchWriter writer = (query, rows) -> write(query, rows, now, restoring);
			ImportSummary summary = new ImportRun(source, options, batchSize, this.properties.writers(),
					this.settings.timeZone(), writer, stored ? keys -> lookup(session, keys) : null, run)
				.withStoredTies(stored ? storedTies(session) : StoredTies.NONE)
				.run();
			if (summary.written()) {
				session.executeWrite(tx -> tx.run(this.cypher.text("bulk/resampleIndexes")).consume());
				// reps.csv may have moved reps to other teams
				this.events.publishEvent(new SalesRepsChanged());
			}
			run.succeeded();
			return summary;
		}
	}

	/**
	 * Writes one batch in its own session and transaction (batches are written by several threads at once). A
	 * batch that loses a deadlock to another is rolled back whole and run again after a short random pause. The
	 * driver's managed transactions ({@code executeWrite}) retry too, but wait a second or more before the first
	 * retry: between two writers of one import, deadlocks are frequent and over in milliseconds.
	 */
	private BatchWriter.Result write(String query, List<Map<String, Object>> rows, OffsetDateTime now,
			boolean restoring) {
		String text = this.cypher.text("bulk/" + query);
		Map<String, Object> parameters = Map.of("rows", rows, "now", now);
		for (int attempt = 1;; attempt++) {
			try (Session session = this.driver.session(); Transaction tx = session.beginTransaction(BATCH)) {
				Evidence evidence = restoring ? null : Evidence.of(query, rows);
				if (evidence != null) {
					this.history.beforeWrite(tx, evidence.accountIds(), evidence.personIds());
				}
				Result result = tx.run(text, parameters);
				Record record = result.single();
				ResultSummary summary = result.consume();
				if (evidence != null) {
					this.history.afterWrite(tx, evidence.accountIds(), evidence.personIds(), evidence.cause());
				}
				tx.commit();
				return new BatchWriter.Result(record.get("created").asLong(), record.get("updated").asLong(),
						summary.counters().nodesCreated(), summary.counters().relationshipsCreated());
			}
			catch (TransientException ex) {
				if (attempt >= RETRIES) {
					throw ex;
				}
				pause(attempt);
			}
		}
	}

	/** Whether the source has the file with at least one line after the header. */
	static boolean hasRows(CsvSource source, BulkFile file) {
		if (!source.has(file)) {
			return false;
		}
		try (var lines = new java.io.BufferedReader(
				new java.io.InputStreamReader(source.open(file), java.nio.charset.StandardCharsets.UTF_8))) {
			return lines.lines().skip(1).anyMatch(line -> !line.isBlank());
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

	/**
	 * What a batch changes of the evidence relationship classes depend on: accounts (signed), people (their
	 * account), deals (WON deals of their account), interactions (their people). Null for the other files.
	 */
	private record Evidence(List<String> accountIds, List<String> personIds, Text cause) {

		static Evidence of(String query, List<Map<String, Object>> rows) {
			String file = query.replaceFirst("^(merge|create)", "");
			return switch (file) {
				case "Accounts" -> new Evidence(column(rows, "id"), List.of(), Text.of("cause.import", "accounts.csv"));
				case "People" -> new Evidence(List.of(), column(rows, "id"), Text.of("cause.import", "people.csv"));
				case "Deals" -> new Evidence(column(rows, "account"), List.of(), Text.of("cause.import", "deals.csv"));
				case "Interactions" -> new Evidence(List.of(), persons(rows), Text.of("cause.import", "interactions.csv"));
				case "Assessments" -> new Evidence(List.of(), column(rows, "person"), Text.of("cause.import", "assessments.csv"));
				default -> null;
			};
		}

		private static List<String> column(List<Map<String, Object>> rows, String key) {
			return rows.stream().map(r -> (String) r.get(key)).filter(java.util.Objects::nonNull).distinct().toList();
		}

		private static List<String> persons(List<Map<String, Object>> rows) {
			return rows.stream()
				.flatMap(r -> ((List<?>) r.getOrDefault("persons", List.of())).stream())
				.map(String.class::cast)
				.distinct()
				.toList();
		}

	}

	/**
	 * A batch may run longer than a request's time limit (the database's default transaction timeout): a
	 * batch of many rows on a busy machine takes its time.
	 */
	private static final TransactionConfig BATCH = TransactionConfig.builder()
		.withTimeout(java.time.Duration.ofMinutes(10))
		.build();

	/** How often a batch is tried before a transient failure (e.g. a deadlock) ends the import. */
	private static final int RETRIES = 20;

	private static void pause(int attempt) {
		try {
			Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 50L * Math.min(attempt, 10)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", ex);
		}
	}

	private StoredTies storedTies(Session session) {
		return new StoredTies() {

			@Override
			public Map<String, String> managers(Collection<String> personIds) {
				String text = BulkImporter.this.cypher.text("bulk/storedManagers");
				Map<String, String> managers = new java.util.HashMap<>();
				session.executeRead(tx -> tx.run(text, Map.of("ids", List.copyOf(personIds))).list())
					.forEach(r -> managers.put(r.get("id").asString(), r.get("manager").asString()));
				return managers;
			}

			@Override
			public Map<String, List<String>> referred(Collection<String> nodes) {
				String text = BulkImporter.this.cypher.text("bulk/storedReferred");
				List<Map<String, Object>> keys = nodes.stream()
					.map(k -> Map.<String, Object>of("key", k, "type", k.substring(0, k.indexOf(':')), "id",
							k.substring(k.indexOf(':') + 1)))
					.toList();
				Map<String, List<String>> referred = new java.util.HashMap<>();
				session.executeRead(tx -> tx.run(text, Map.of("nodes", keys)).list())
					.forEach(r -> referred.put(r.get("key").asString(), r.get("targets").asList(v -> v.asString())));
				return referred;
			}

		};
	}

	private Map<String, List<Candidate>> lookup(Session session, Collection<String> keys) {
		String text = this.cypher.text("bulk/lookup");
		List<Map.Entry<String, Candidate>> rows = session.executeRead(tx -> tx.run(text, Map.of("keys", List.copyOf(keys)))
			.list(r -> Map.entry(r.get("key").asString(), new Candidate(r.get("type").asString(), r.get("id").asString(),
					r.get("name").isNull() ? null : r.get("name").asString(),
					r.get("account").isNull() ? null : r.get("account").asString()))));
		return Resolver.group(rows);
	}

}
