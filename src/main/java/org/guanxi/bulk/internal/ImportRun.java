package org.guanxi.bulk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.guanxi.bulk.BulkFile;
import org.guanxi.bulk.CsvSource;
import org.guanxi.bulk.FileSummary;
import org.guanxi.bulk.ImportListener;
import org.guanxi.bulk.ImportOptions;
import org.guanxi.bulk.ImportProblem;
import org.guanxi.bulk.ImportSummary;
import org.guanxi.bulk.internal.Column.CellError;

/**
 * One import: validates every file in dependency order (building the index of incoming nodes), then, when
 * allowed, reads the files again and writes the valid rows in batches, each batch one transaction.
 */
public final class ImportRun {

	/** The CSV dialect of Guanxi files (RFC 4180, header row, UTF-8). */
	public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	/** At most this many errors are kept in the summary (all are counted). */
	public static final int ERROR_LIMIT = 1000;

	private final CsvSource source;

	private final ImportOptions options;

	private final int batchSize;

	private final ZoneId zone;

	private final BatchWriter writer;

	private final int writers;

	private final ImportListener listener;

	private final Incoming incoming = new Incoming();

	private final Resolver resolver;

	private final List<ImportProblem> errors = new ArrayList<>();

	private long errorCount;

	private final Map<BulkFile, Counts> counts = new EnumMap<>(BulkFile.class);

	private final Map<BulkFile, Set<Long>> rejected = new EnumMap<>(BulkFile.class);

	private final Set<BulkFile> unreadable = new HashSet<>();

	private Map<String, Long> managerLines;

	private Map<String, Long> otherIds;

	private Map<String, String> managers;

	private List<Loops.Edge> referralEdges;

	private StoredTies stored = StoredTies.NONE;

	/** Lets the rules see the ties already stored (reporting lines, referrals); none by default. */
	public ImportRun withStoredTies(StoredTies ties) {
		this.stored = ties;
		return this;
	}

	/**
	 * @param database looks up stored nodes by id or name; null when the database holds none
	 */
	public ImportRun(CsvSource source, ImportOptions options, int batchSize, int writers, ZoneId zone,
			BatchWriter writer,
			java.util.function.Function<java.util.Collection<String>, Map<String, List<Candidate>>> database,
			ImportListener listener) {
		this.source = source;
		this.options = options;
		this.batchSize = Math.max(1, batchSize);
		this.writers = Math.max(1, writers);
		this.zone = zone;
		this.writer = writer;
		this.listener = listener;
		this.resolver = new Resolver(this.incoming, database);
		this.fresh = database == null;
	}

	/**
	 * The database held no node that imports name: every row is new (ids and ties are unique within a file,
	 * checked), so rows are created without merging.
	 */
	private final boolean fresh;

	/** The tie files where each tie (its two ends) may appear once. */
	private static final Set<BulkFile> UNIQUE_TIES = java.util.EnumSet.of(BulkFile.INFLUENCES, BulkFile.KNOWS,
			BulkFile.OWNS, BulkFile.REFERRALS);

	/** Per tie of the file being validated (a 64-bit hash of its ends), the line it is on. */
	private Map<Long, Long> tieLines;

	private static final class Counts {

		long read;

		long rejected;

		long created;

		long updated;

		long nodes;

		long relationships;

		long nanos;

	}

	public ImportSummary run() {
		long start = System.nanoTime();
		List<BulkFile> files = java.util.Arrays.stream(BulkFile.values()).filter(this.source::has).toList();
		for (BulkFile file : files) {
			timed(file, () -> validate(file));
		}
		boolean write = !this.options.dryRun() && (this.errorCount == 0 || this.options.skipInvalid());
		if (write) {
			for (BulkFile file : files) {
				if (!this.unreadable.contains(file)) {
					timed(file, () -> write(file));
				}
			}
		}
		List<FileSummary> summaries = new ArrayList<>();
		for (BulkFile file : files) {
			Counts c = this.counts.get(file);
			long unchanged = write ? c.read - c.rejected - c.created - c.updated : 0;
			summaries.add(new FileSummary(file.fileName(), c.read, c.created, c.updated, Math.max(0, unchanged),
					c.rejected, c.nodes, c.relationships, c.nanos / 1_000_000));
		}
		return new ImportSummary(this.options.dryRun(), write, summaries, List.copyOf(this.errors), this.errorCount,
				(System.nanoTime() - start) / 1_000_000);
	}

	private void timed(BulkFile file, Runnable work) {
		long start = System.nanoTime();
		work.run();
		this.counts.get(file).nanos += System.nanoTime() - start;
	}

	// ---------------------------------------------------------------------------------------------------------
	// validation

	private void validate(BulkFile file) {
		Counts c = new Counts();
		this.counts.put(file, c);
		this.rejected.put(file, new HashSet<>());
		this.otherIds = new HashMap<>();
		this.tieLines = UNIQUE_TIES.contains(file) ? new HashMap<>() : null;
		if (file == BulkFile.REPORTS_TO) {
			this.managers = new LinkedHashMap<>();
			this.managerLines = new HashMap<>();
		}
		if (file == BulkFile.REFERRALS) {
			this.referralEdges = new ArrayList<>();
		}
		long[] done = { 0 };
		read(file, chunk -> {
			this.resolver.prepare(chunk);
			for (Draft draft : chunk) {
				c.read++;
				check(file, draft);
				if (!draft.problems.isEmpty()) {
					reject(file, draft);
				}
			}
			done[0] += chunk.size();
			this.listener.progress(file, "validate", done[0]);
		});
		if (file == BulkFile.REPORTS_TO) {
			rejectCycles();
			this.managers = null;
			this.managerLines = null;
		}
		if (file == BulkFile.REFERRALS) {
			rejectLoops();
			this.referralEdges = null;
		}
		this.otherIds = null;
		this.tieLines = null;
		c.rejected = this.rejected.get(file).size();
	}

	private void reject(BulkFile file, Draft draft) {
		this.rejected.get(file).add(draft.line);
		draft.problems.forEach(p -> error(file, draft.line, p.column(), p.message()));
	}

	private void error(BulkFile file, long line, String column, String message) {
		this.errorCount++;
		if (this.errors.size() < ERROR_LIMIT) {
			this.errors.add(new ImportProblem(file.fileName(), line, column, message));
		}
	}

	private void check(BulkFile file, Draft draft) {
		FileSpec spec = FileSpec.of(file);
		this.resolver.resolve(draft);
		if (draft.problems.isEmpty()) {
			rules(file, draft);
		}
		if (spec.indexType() == null && draft.id != null) {
			Long seen = this.otherIds.putIfAbsent(draft.id, draft.line);
			if (seen != null) {
				draft.problem("id", "the id '" + draft.id + "' is also on line " + seen
						+ "; ids must be unique within a file.");
			}
		}
		if (spec.indexType() != null && draft.id != null) {
			Incoming.Node seen = this.incoming.node(spec.indexType(), draft.id);
			if (seen != null) {
				draft.problem("id", "the id '" + draft.id + "' is also on line " + seen.line()
						+ "; ids must be unique within a file.");
			}
			else if (draft.problems.isEmpty()) {
				Candidate account = draft.one("account");
				this.incoming.add(spec.indexType(), draft.id, (String) draft.props.get("name"),
						account == null ? null : account.id(), draft.line);
			}
		}
	}

	private void rules(BulkFile file, Draft draft) {
		Candidate a = draft.one("a");
		Candidate b = draft.one("b");
		boolean self = a != null && b != null && a.type().equals(b.type()) && a.id().equals(b.id());
		switch (file) {
			case REPORTS_TO -> {
				if (self) {
					draft.problem("manager", "a person cannot report to themself.");
				}
				else if (a.account() != null && !a.account().equals(b.account())) {
					draft.problem("manager", "'" + a.id() + "' works at account '" + a.account() + "' but '" + b.id()
							+ "' at '" + b.account() + "': reporting lines stay inside one account.");
				}
				else if (this.managerLines.containsKey(a.id())) {
					draft.problem("person", "'" + a.id() + "' already has a manager on line "
							+ this.managerLines.get(a.id()) + "; a person reports to one manager.");
				}
				else {
					this.managers.put(a.id(), b.id());
					this.managerLines.put(a.id(), draft.line);
				}
			}
			case INFLUENCES, KNOWS, REFERRALS -> {
				if (self) {
					draft.problem(file == BulkFile.REFERRALS ? "target" : "to",
							"'" + a.id() + "' cannot be linked to itself; give two different ends.");
				}
				else {
					uniqueTie(file, draft, a, b);
					if (file == BulkFile.REFERRALS && draft.problems.isEmpty()) {
						this.referralEdges.add(new Loops.Edge(draft.line, a.type() + ":" + a.id(), b.type() + ":" + b.id()));
					}
				}
			}
			case OWNS -> uniqueTie(file, draft, a, b);
			case DEALS -> dealRules(draft);
			default -> {
			}
		}
	}

	/**
	 * Rejects a tie that an earlier row of the file already gives: the rows of a file are written in parallel
	 * batches, so a second row for the same tie could not reliably win, and a tie is one relationship.
	 */
	private void uniqueTie(BulkFile file, Draft draft, Candidate a, Candidate b) {
		Long seen = this.tieLines.putIfAbsent(tieKey(a, b), draft.line);
		if (seen != null) {
			String column = FileSpec.of(file).refs().get(1).column();
			draft.problem(column, "the tie from " + a.describe() + " to " + b.describe() + " is also on line " + seen
					+ "; give each tie once (merge the two rows into one).");
		}
	}

	/** A 64-bit FNV-1a hash of the two ends of a tie (kinds and ids). */
	private static long tieKey(Candidate a, Candidate b) {
		long h = 0xcbf29ce484222325L;
		for (String part : new String[] { a.type(), a.id(), b.type(), b.id() }) {
			for (int i = 0; i < part.length(); i++) {
				h = (h ^ part.charAt(i)) * 0x100000001b3L;
			}
			h = (h ^ 0xFFFF) * 0x100000001b3L;
		}
		return h;
	}

	private static void dealRules(Draft draft) {
		Object status = draft.props.get("status");
		LocalDate opened = (LocalDate) draft.props.get("openedAt");
		LocalDate closed = (LocalDate) draft.props.get("closedAt");
		if (closed != null && opened != null && closed.isBefore(opened)) {
			draft.problem("closedAt", "the deal cannot close (" + closed + ") before it opened (" + opened + ").");
		}
		if (closed != null && (status == null || "OPEN".equals(status))) {
			draft.problem("closedAt", "only WON or LOST deals have a closedAt date; set status or clear closedAt.");
		}
		if (draft.props.get("lostTo") != null && !"LOST".equals(status)) {
			draft.problem("lostTo", "only LOST deals have lostTo; set status to LOST or clear lostTo.");
		}
	}

	/**
	 * Rejects the referrals that would close a loop with the referrals stored and the earlier rows, as
	 * recordReferral refuses them.
	 */
	private void rejectLoops() {
		new Loops(this.stored).refused(this.referralEdges).forEach((line, loop) -> {
			this.rejected.get(BulkFile.REFERRALS).add(line);
			error(BulkFile.REFERRALS, line, "target", "this referral would close a loop: " + String.join(" -> ", loop)
					+ "; a referral cannot lead back to its source. Remove the row or the referral that closes it.");
		});
	}

	/** The stored managers of everyone the file's reporting lines lead to, as far as the chains go. */
	private Map<String, String> storedManagers() {
		Map<String, String> stored = new HashMap<>();
		Set<String> asked = new HashSet<>(this.managers.keySet());
		List<String> frontier = this.managers.values().stream().filter(asked::add).toList();
		while (!frontier.isEmpty()) {
			Map<String, String> found = this.stored.managers(frontier);
			stored.putAll(found);
			frontier = found.values().stream().filter(asked::add).toList();
		}
		return stored;
	}

	private void rejectCycles() {
		Map<String, String> storedManagers = storedManagers();
		Set<String> done = new HashSet<>();
		for (String start : new ArrayList<>(this.managers.keySet())) {
			List<String> path = new ArrayList<>();
			Map<String, Integer> onPath = new HashMap<>();
			String current = start;
			while (current != null && !done.contains(current) && !onPath.containsKey(current)) {
				onPath.put(current, path.size());
				path.add(current);
				current = this.managers.containsKey(current) ? this.managers.get(current) : storedManagers.get(current);
			}
			if (current != null && onPath.containsKey(current)) {
				List<String> cycle = path.subList(onPath.get(current), path.size());
				String shown = String.join(" -> ", cycle) + " -> " + current;
				boolean withStored = cycle.stream().anyMatch(p -> !this.managers.containsKey(p));
				for (String person : cycle) {
					Long line = this.managerLines.get(person);
					if (line == null) {
						continue;
					}
					this.rejected.get(BulkFile.REPORTS_TO).add(line);
					error(BulkFile.REPORTS_TO, line, "manager", "reporting cycle " + shown
							+ (withStored ? " (with the reporting lines already stored)" : "")
							+ "; reporting lines must form a tree.");
				}
			}
			done.addAll(path);
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// writing

	/**
	 * Writes the valid rows of a file. This thread reads, resolves and prepares the batches; {@code writers}
	 * threads write them, each batch in its own transaction, with at most {@code writers + 1} batches prepared
	 * ahead (bounded memory). The file is done when all its batches are; the first failure stops the file.
	 */
	private void write(BulkFile file) {
		FileSpec spec = FileSpec.of(file);
		Counts c = this.counts.get(file);
		Set<Long> skip = this.rejected.get(file);
		String query = this.fresh ? "create" + spec.query().substring("merge".length()) : spec.query();
		try (Batches batches = new Batches(file, c)) {
			read(file, chunk -> {
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

	/** The batches of one file on their way to the database. */
	private final class Batches implements AutoCloseable {

		private final BulkFile file;

		private final Counts counts;

		private final ExecutorService pool;

		private final Semaphore ahead;

		private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

		private long done;

		Batches(BulkFile file, Counts counts) {
			this.file = file;
			this.counts = counts;
			this.pool = Executors.newFixedThreadPool(ImportRun.this.writers, r -> {
				Thread thread = new Thread(r, "guanxi-import-writer");
				thread.setDaemon(true);
				return thread;
			});
			this.ahead = new Semaphore(ImportRun.this.writers + 1);
		}

		void submit(String query, List<Map<String, Object>> rows, int read) {
			this.ahead.acquireUninterruptibly();
			rethrow();
			this.pool.execute(() -> {
				try {
					BatchWriter.Result result = rows.isEmpty() ? null : ImportRun.this.writer.write(query, rows);
					synchronized (this) {
						if (result != null) {
							this.counts.created += result.created();
							this.counts.updated += result.updated();
							this.counts.nodes += result.nodesCreated();
							this.counts.relationships += result.relationshipsCreated();
						}
						this.done += read;
						ImportRun.this.listener.progress(this.file, "write", this.done);
					}
				}
				catch (RuntimeException ex) {
					this.failure.compareAndSet(null, ex);
				}
				finally {
					this.ahead.release();
				}
			});
		}

		/** Waits for every batch submitted; throws the first failure. */
		void finish() {
			int all = ImportRun.this.writers + 1;
			this.ahead.acquireUninterruptibly(all);
			this.ahead.release(all);
			rethrow();
		}

		private void rethrow() {
			RuntimeException ex = this.failure.get();
			if (ex != null) {
				throw ex;
			}
		}

		@Override
		public void close() {
			this.pool.shutdown();
			try {
				this.pool.awaitTermination(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	// ---------------------------------------------------------------------------------------------------------
	// reading

	private void read(BulkFile file, Consumer<List<Draft>> handler) {
		FileSpec spec = FileSpec.of(file);
		long lastLine = 0;
		try (InputStream in = this.source.open(file);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE));
				CSVParser parser = FORMAT.parse(new java.io.BufferedReader(reader, 1 << 16))) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				fileError(file, 1, "the file is empty; it needs at least the header row: "
						+ String.join(",", file.columns()) + ".");
				return;
			}
			Map<String, Integer> header = header(file, spec, records.next());
			lastLine = parser.getCurrentLineNumber();
			if (header == null) {
				return;
			}
			List<Draft> chunk = new ArrayList<>(Math.min(this.batchSize, 10_000));
			while (records.hasNext()) {
				CSVRecord record = records.next();
				long line = lastLine + 1;
				lastLine = parser.getCurrentLineNumber();
				if (blank(record)) {
					continue;
				}
				chunk.add(draft(spec, header, record, line));
				if (chunk.size() >= this.batchSize) {
					handle(handler, chunk);
					chunk = new ArrayList<>(Math.min(this.batchSize, 10_000));
				}
			}
			if (!chunk.isEmpty()) {
				handle(handler, chunk);
			}
		}
		catch (HandlerFailed ex) {
			throw ex.getCause();
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
			String message = cause instanceof CharacterCodingException
					? "the file is not UTF-8 text; save it as 'CSV UTF-8'."
					: "the file cannot be read as CSV: " + cause.getMessage() + ".";
			fileError(file, lastLine + 1, message);
		}
	}

	private static void handle(Consumer<List<Draft>> handler, List<Draft> chunk) {
		try {
			handler.accept(chunk);
		}
		catch (RuntimeException ex) {
			throw new HandlerFailed(ex);
		}
	}

	/** A failure while validating or writing rows, as opposed to reading the file. */
	private static final class HandlerFailed extends RuntimeException {

		HandlerFailed(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

	private void fileError(BulkFile file, long line, String message) {
		this.unreadable.add(file);
		error(file, line, null, message);
	}

	private Map<String, Integer> header(BulkFile file, FileSpec spec, CSVRecord record) {
		Map<String, Integer> header = new LinkedHashMap<>();
		boolean ok = true;
		for (int i = 0; i < record.size(); i++) {
			String name = record.get(i).strip();
			if (i == 0 && name.startsWith("\uFEFF")) {
				name = name.substring(1).strip();
			}
			if (name.isEmpty()) {
				continue;
			}
			if (!file.columns().contains(name)) {
				fileError(file, 1, "unknown column '" + name + "'; the columns of " + file.fileName() + " are "
						+ String.join(", ", file.columns()) + ".");
				ok = false;
			}
			else if (header.put(name, i) != null) {
				fileError(file, 1, "the column '" + name + "' appears twice.");
				ok = false;
			}
		}
		List<String> needed = new ArrayList<>();
		if (spec.hasId()) {
			needed.add("id");
		}
		needed.addAll(spec.required());
		spec.refs().stream().filter(RefSpec::required).forEach(r -> needed.add(r.column()));
		for (String column : needed) {
			if (!header.containsKey(column)) {
				fileError(file, 1, "the column '" + column + "' is missing; the header row must name it.");
				ok = false;
			}
		}
		return ok ? header : null;
	}

	/** The most characters of one cell (64 KiB). */
	public static final int MAX_CELL = 64 * 1024;

	private static String columnAt(Map<String, Integer> header, int index) {
		return header.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst().orElse(null);
	}

	private static boolean blank(CSVRecord record) {
		for (String value : record) {
			if (!value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private Draft draft(FileSpec spec, Map<String, Integer> header, CSVRecord record, long line) {
		Draft draft = new Draft(line);
		if (record.size() > header.values().stream().mapToInt(i -> i + 1).max().orElse(0)) {
			for (int i = 0; i < record.size(); i++) {
				if (!header.containsValue(i) && !record.get(i).isBlank()) {
					draft.problem(null, "the row has more cells (" + record.size()
							+ ") than the header has columns; quote values that contain commas.");
					break;
				}
			}
		}
		for (int i = 0; i < record.size(); i++) {
			if (record.get(i).length() > MAX_CELL) {
				draft.problem(columnAt(header, i), "the cell is " + record.get(i).length() + " characters long; at most "
						+ MAX_CELL + " are allowed in any cell.");
				return draft;
			}
		}
		for (Map.Entry<String, Integer> column : header.entrySet()) {
			if (column.getValue() < record.size() && record.get(column.getValue()).indexOf('\uFFFD') >= 0) {
				draft.problem(column.getKey(), "the cell is not UTF-8 text; save the file as 'CSV UTF-8'.");
				return draft;
			}
		}
		if (spec.hasId()) {
			String id = cell(header, record, "id");
			if (id == null) {
				draft.problem("id", "the id must not be blank; every row needs an id.");
			}
			else if (id.length() > org.guanxi.core.Check.MAX_ID) {
				draft.problem("id", "the id is " + id.length() + " characters long; at most " + org.guanxi.core.Check.MAX_ID
						+ " are allowed.");
				id = null;
			}
			draft.id = id;
		}
		for (Column column : spec.columns()) {
			String raw = cell(header, record, column.name());
			if (raw == null) {
				if (spec.required().contains(column.name())) {
					draft.problem(column.name(), column.name() + " must not be blank.");
				}
				continue;
			}
			try {
				draft.props.put(column.name(), column.parse(raw, this.zone));
			}
			catch (CellError ex) {
				draft.problem(column.name(), ex.getMessage());
			}
		}
		for (RefSpec ref : spec.refs()) {
			refValue(draft, header, record, ref);
		}
		return draft;
	}

	private void refValue(Draft draft, Map<String, Integer> header, CSVRecord record, RefSpec ref) {
		String raw = cell(header, record, ref.column());
		if (raw != null && raw.length() > org.guanxi.core.Check.MAX_NAME) {
			draft.problem(ref.column(), ref.column() + " is " + raw.length() + " characters long; ids and names are at most "
					+ org.guanxi.core.Check.MAX_NAME + " characters.");
			return;
		}
		if (raw == null) {
			if (ref.required()) {
				draft.problem(ref.column(), ref.column() + " must name a " + String.join(" or ", ref.types())
						+ " by id or name.");
			}
			return;
		}
		List<String> keys = ref.multi() ? java.util.Arrays.stream(raw.split(";"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.distinct()
			.toList() : List.of(raw);
		String type = ref.typeColumn() == null ? null : cell(header, record, ref.typeColumn());
		if (type != null) {
			type = type.toLowerCase(java.util.Locale.ROOT);
			if (!ref.types().contains(type)) {
				draft.problem(ref.typeColumn(), "'" + Column.quoted(type) + "' is not one of " + String.join(", ", ref.types()) + ".");
				return;
			}
		}
		String scope = ref.accountColumn() == null ? null : cell(header, record, ref.accountColumn());
		draft.refs.add(new Draft.RefValue(ref, keys, type, scope));
	}

	private static String cell(Map<String, Integer> header, CSVRecord record, String column) {
		Integer index = header.get(column);
		if (index == null || index >= record.size()) {
			return null;
		}
		String value = record.get(index).strip();
		return value.isEmpty() ? null : value;
	}

}
