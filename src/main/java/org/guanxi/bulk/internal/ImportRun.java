package org.guanxi.bulk.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.guanxi.bulk.BulkFile;
import org.guanxi.bulk.CsvSource;
import org.guanxi.bulk.FileSummary;
import org.guanxi.bulk.ImportListener;
import org.guanxi.bulk.ImportOptions;
import org.guanxi.bulk.ImportSummary;

/**
 * One import: validates every file in dependency order (building the index of incoming nodes), then, when
 * allowed, reads the files again and writes the valid rows in batches, each batch one transaction.
 * <p>
 * The parts: {@link RowReader} reads a file's rows, {@link RowRules} checks them (and, after the file, the
 * reporting cycles and referral loops they close with the stored ties), {@link ParallelBatches} writes them, and
 * {@link Problems} keeps what was found.
 */
public final class ImportRun {

	/** The CSV dialect of Guanxi files (RFC 4180, header row, UTF-8). */
	public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	/** At most this many errors are kept in the summary (all are counted). */
	public static final int ERROR_LIMIT = Problems.LIMIT;

	/** The most characters of one cell (64 KiB). */
	public static final int MAX_CELL = Header.MAX_CELL;

	private final CsvSource source;

	private final ImportOptions options;

	private final int writers;

	private final BatchWriter writer;

	private final ImportListener listener;

	private final Incoming incoming = new Incoming();

	private final Resolver resolver;

	/**
	 * The database held no node that imports name: every row is new (ids and ties are unique within a file,
	 * checked), so rows are created without merging.
	 */
	private final boolean fresh;

	private final Problems problems = new Problems();

	private final RowReader reader;

	private final Map<BulkFile, FileCounts> counts = new EnumMap<>(BulkFile.class);

	private StoredTies stored = StoredTies.NONE;

	private boolean eager;

	/**
	 * @param database looks up stored nodes by id or name; null when the database holds none
	 */
	public ImportRun(CsvSource source, ImportOptions options, int batchSize, int writers, ZoneId zone,
			BatchWriter writer, Function<Collection<String>, Map<String, List<Candidate>>> database,
			ImportListener listener) {
		this.source = source;
		this.options = options;
		this.writers = Math.max(1, writers);
		this.writer = writer;
		this.listener = listener;
		this.resolver = new Resolver(this.incoming, database);
		this.fresh = database == null;
		this.reader = new RowReader(source, Math.max(1, batchSize), zone, this.problems);
	}

	/** Lets the rules see the ties already stored (reporting lines, referrals); none by default. */
	public ImportRun withStoredTies(StoredTies ties) {
		this.stored = ties;
		return this;
	}

	/**
	 * Lets a fresh import (no stored node) of a book without errors write each file's rows as soon as they are
	 * checked, instead of reading the files again: for a writer whose output is thrown away when the book turns out
	 * to have errors (files to be loaded afterwards). A dry run and {@code skipInvalid} read twice as usual.
	 */
	public ImportRun writingWhileChecking() {
		this.eager = this.fresh && !this.options.dryRun() && !this.options.skipInvalid();
		return this;
	}

	public ImportSummary run() {
		long start = System.nanoTime();
		List<BulkFile> files = Arrays.stream(BulkFile.values()).filter(this.source::has).toList();
		for (BulkFile file : files) {
			this.counts.put(file, new FileCounts());
			timed(file, () -> validate(file));
		}
		boolean write = !this.options.dryRun() && (this.problems.count() == 0 || this.options.skipInvalid());
		if (this.eager && !write) {
			this.counts.values().forEach(FileCounts::nothingWritten);
		}
		if (write && !this.eager) {
			for (BulkFile file : files) {
				if (this.problems.readable(file)) {
					timed(file, () -> write(file));
				}
			}
		}
		List<FileSummary> summaries = new ArrayList<>();
		for (BulkFile file : files) {
			FileCounts c = this.counts.get(file);
			long unchanged = write ? c.read - c.rejected - c.created - c.updated : 0;
			summaries.add(new FileSummary(file.fileName(), c.read, c.created, c.updated, Math.max(0, unchanged),
					c.rejected, c.nodes, c.relationships, c.nanos / 1_000_000));
		}
		return new ImportSummary(this.options.dryRun(), write, summaries, this.problems.kept(), this.problems.count(),
				(System.nanoTime() - start) / 1_000_000);
	}

	private void timed(BulkFile file, Runnable work) {
		long start = System.nanoTime();
		work.run();
		this.counts.get(file).nanos += System.nanoTime() - start;
	}

	/** Checks every row of a file, then the chains the file closes with the stored ties. */
	private void validate(BulkFile file) {
		FileCounts c = this.counts.get(file);
		Set<Long> rejected = this.problems.rejected(file);
		RowRules rules = new RowRules(file, this.incoming, this.resolver);
		long[] done = { 0 };
		this.reader.read(file, chunk -> {
			this.resolver.prepare(chunk);
			for (Draft draft : chunk) {
				c.read++;
				rules.check(draft);
				if (!draft.problems.isEmpty()) {
					this.problems.reject(file, draft);
				}
			}
			done[0] += chunk.size();
			if (this.eager && this.problems.count() == 0) {
				writeChecked(file, chunk);
			}
			this.listener.progress(file, "validate", done[0]);
		});
		rules.checkChains(this.stored, this.problems);
		c.rejected = rejected.size();
	}

	private void writeChecked(BulkFile file, List<Draft> chunk) {
		String query = "create" + FileSpec.of(file).query().substring("merge".length());
		BatchWriter.Result result = this.writer.write(query, chunk.stream().map(Draft::row).toList());
		FileCounts c = this.counts.get(file);
		c.created += result.created();
		c.updated += result.updated();
		c.nodes += result.nodesCreated();
		c.relationships += result.relationshipsCreated();
	}

	/**
	 * Writes the valid rows of a file. This thread reads, resolves and prepares the batches; the writer threads
	 * write them. The file is done when all its batches are.
	 */
	private void write(BulkFile file) {
		FileSpec spec = FileSpec.of(file);
		Set<Long> skip = this.problems.rejected(file);
		String query = this.fresh ? "create" + spec.query().substring("merge".length()) : spec.query();
		try (ParallelBatches batches = new ParallelBatches(file, this.counts.get(file), this.writers, this.writer,
				this.listener)) {
			this.reader.read(file, chunk -> {
				List<Draft> valid = chunk.stream().filter(d -> !skip.contains(d.line) && d.problems.isEmpty()).toList();
				this.resolver.prepare(valid);
				List<Map<String, Object>> rows = new ArrayList<>(valid.size());
				for (Draft draft : valid) {
					this.resolver.resolve(draft);
					if (!draft.problems.isEmpty()) {
						throw new IllegalStateException("Row " + draft.line + " of " + file.fileName()
								+ " no longer resolves: " + draft.problems);
					}
					rows.add(draft.row());
				}
				batches.submit(query, rows, chunk.size());
			});
			batches.finish();
		}
	}

}
