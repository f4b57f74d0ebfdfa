package org.guanxi.bulk.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanxi.bulk.BulkFile;

/**
 * The rows of a validated book, written as the CSV files of Neo4j's bulk importer ({@code neo4j-admin database
 * import full}): one node file per node label and one relationship file per tie type and end kinds, with typed
 * headers. Each row gets the same nodes, ties and properties as the {@code cypher/bulk/create*.cypher} query of
 * its file would give it (defaults, the intention grade a referral raises); what those queries derive from other
 * nodes (the assessed halves, the recorded class, empty lists) is left to Cypher once the database runs.
 * <p>
 * When the class history is to be recorded (no history file), WON deals get a {@link #PENDING_DEAL} label instead
 * of theirs, so that the history can be recorded file by file as the transactional import records it (the
 * interactions are seen before the deals).
 */
public final class StoreFiles implements BatchWriter, AutoCloseable {

	/** The label of a WON deal whose evidence the history has not seen yet. */
	public static final String PENDING_DEAL = "ImportPendingDeal";

	/** Separates the items of a list property; no text Guanxi reads holds it. */
	public static final char ARRAY_DELIMITER = '\u001F';

	private final Path dir;

	private final OffsetDateTime now;

	private final boolean pending;

	private final boolean restoring;

	private final Map<String, Writer> files = new LinkedHashMap<>();

	private final Map<String, String> relationshipTypes = new HashMap<>();

	private final List<Map<String, Object>> accounts = new ArrayList<>();

	private final Map<String, String> personAccount = new HashMap<>();

	private final Set<String> referred = new HashSet<>();

	private long generated;

	private boolean multiline;

	/**
	 * @param dir an empty folder for the files
	 * @param now the moment of the import (the default creation time)
	 * @param restoring whether the book brings its own class history (nothing pending then)
	 */
	public StoreFiles(Path dir, OffsetDateTime now, boolean restoring) {
		this.dir = dir;
		this.now = now;
		this.restoring = restoring;
		this.pending = !restoring;
	}

	/**
	 * Whether a value holds a line break: the importer then reads the files as one stream (slower) instead of
	 * in parallel chunks.
	 */
	public synchronized boolean multiline() {
		return this.multiline;
	}

	/** The node files written. */
	public synchronized List<Path> nodeFiles() {
		return this.files.keySet().stream().filter(k -> !this.relationshipTypes.containsKey(k)).map(this::path).toList();
	}

	/** The relationship files written, by file, with their tie type. */
	public synchronized Map<Path, String> relationshipFiles() {
		Map<Path, String> found = new LinkedHashMap<>();
		this.files.keySet()
			.stream()
			.filter(this.relationshipTypes::containsKey)
			.forEach(k -> found.put(path(k), this.relationshipTypes.get(k)));
		return found;
	}

	private Path path(String key) {
		return this.dir.resolve(key + ".csv");
	}

	@Override
	public synchronized Result write(String query, List<Map<String, Object>> rows) {
		long nodes = 0;
		long ties = 0;
		for (Map<String, Object> row : rows) {
			long[] made = row(query, row);
			nodes += made[0];
			ties += made[1];
		}
		return new Result(rows.size(), 0, nodes, ties);
	}

	@SuppressWarnings("unchecked")
	private long[] row(String query, Map<String, Object> row) {
		Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) row.get("props"));
		String id = (String) row.get("id");
		switch (query) {
			case "createAccounts" -> {
				String lifecycle = (String) props.getOrDefault("lifecycle", "POTENTIAL");
				props.put("lifecycle", lifecycle);
				props.putIfAbsent("createdAt", this.now);
				props.putIfAbsent("signed", false);
				props.putIfAbsent("vip", false);
				if (lifecycle.equals("PROSPECT")) {
					props.putIfAbsent("prospectSince", this.now);
				}
				props.put("id", id);
				this.accounts.add(props);
				return new long[] { 1, 0 };
			}
			case "createReps" -> {
				return node("rep", "SalesRep", BulkFile.REPS, id, created(props));
			}
			case "createOrganizations" -> {
				return node("organization", "Organization", BulkFile.ORGANIZATIONS, id, created(props));
			}
			case "createChannels" -> {
				return node("channel", "Channel", BulkFile.CHANNELS, id, created(props));
			}
			case "createPeople" -> {
				created(props);
				props.putIfAbsent("insider", false);
				if (!this.restoring) {
					// the transactional import records every new person's class as of its write
					props.put("relationshipCheckedAt", this.now);
				}
				String account = (String) row.get("account");
				this.personAccount.put(id, account);
				node("person", "Person", BulkFile.PEOPLE, id, props);
				tie("WORKS_AT", "person", id, "account", account, Map.of(), BulkFile.PEOPLE);
				return new long[] { 1, 1 };
			}
			case "createDeals" -> {
				props.putIfAbsent("status", "OPEN");
				String label = this.pending && "WON".equals(props.get("status")) ? PENDING_DEAL : "Deal";
				node("deal", label, BulkFile.DEALS, id, props);
				tie("FOR", "deal", id, "account", (String) row.get("account"), Map.of(), BulkFile.DEALS);
				return new long[] { 1, 1 };
			}
			case "createInteractions" -> {
				node("interaction", "Interaction", BulkFile.INTERACTIONS, id, props);
				long ties = 0;
				if (row.get("rep") != null) {
					tie("LOGGED", "rep", (String) row.get("rep"), "interaction", id, Map.of(), BulkFile.INTERACTIONS);
					ties++;
				}
				for (Object person : (List<?>) row.getOrDefault("persons", List.of())) {
					tie("WITH", "interaction", id, "person", (String) person, Map.of(), BulkFile.INTERACTIONS);
					ties++;
				}
				return new long[] { 1, ties };
			}
			case "createAssessments" -> {
				return owned("assessment", "RelationshipAssessment", "ASSESSED", BulkFile.ASSESSMENTS, row, props);
			}
			case "createRelationshipHistory" -> {
				return owned("change", "RelationshipChange", "HAD_CLASS", BulkFile.RELATIONSHIP_HISTORY, row, props);
			}
			case "createAuditTrail" -> {
				props.putIfAbsent("username", "");
				return node("audit", "AuditEntry", BulkFile.AUDIT_TRAIL, id, props);
			}
			case "createReferrals" -> {
				String target = (String) row.get("b");
				String targetType = (String) row.get("bType");
				this.referred.add(targetType.equals("account") ? target : this.personAccount.get(target));
				return ties("REFERRED", row, props, BulkFile.REFERRALS);
			}
			case "createReportsTo" -> {
				return ties("REPORTS_TO", row, props, BulkFile.REPORTS_TO);
			}
			case "createInfluences" -> {
				return ties("INFLUENCES", row, props, BulkFile.INFLUENCES);
			}
			case "createKnows" -> {
				return ties("KNOWS", row, props, BulkFile.KNOWS);
			}
			case "createOwns" -> {
				return ties("OWNS", row, props, BulkFile.OWNS);
			}
			default -> throw new IllegalArgumentException("No store file for " + query);
		}
	}

	private Map<String, Object> created(Map<String, Object> props) {
		props.putIfAbsent("createdAt", this.now);
		return props;
	}

	/** A node without an id of its own (an assessment, a class change) and the tie from its person. */
	private long[] owned(String space, String label, String type, BulkFile file, Map<String, Object> row,
			Map<String, Object> props) {
		String key = String.valueOf(++this.generated);
		node(space, label, file, key, props);
		tie(type, "person", (String) row.get("person"), space, key, Map.of(), file);
		return new long[] { 1, 1 };
	}

	private long[] ties(String type, Map<String, Object> row, Map<String, Object> props, BulkFile file) {
		String startType = (String) row.getOrDefault("aType", defaultType(type, true));
		String endType = (String) row.getOrDefault("bType", defaultType(type, false));
		tie(type, startType, (String) row.get("a"), endType, (String) row.get("b"), props, file);
		return new long[] { 0, 1 };
	}

	private static String defaultType(String type, boolean start) {
		return switch (type) {
			case "OWNS" -> start ? "rep" : "account";
			default -> "person";
		};
	}

	private long[] node(String space, String label, BulkFile file, String id, Map<String, Object> props) {
		boolean stored = !space.equals("assessment") && !space.equals("change");
		Writer out = open(space, null, () -> header(stored ? "id:ID(" + space + ")" : ":ID(" + space + ")", file,
				List.of(":LABEL")));
		List<Object> cells = new ArrayList<>();
		cells.add(id);
		cells.add(label);
		FileSpec.of(file).columns().forEach(c -> cells.add(props.get(c.name())));
		line(out, cells);
		return new long[] { 1, 0 };
	}

	private void tie(String type, String startSpace, String start, String endSpace, String end,
			Map<String, Object> props, BulkFile file) {
		String key = type + "-" + startSpace + "-" + endSpace;
		boolean withProps = hasTieProperties(type);
		Writer out = open(key, type, () -> {
			List<String> head = new ArrayList<>(List.of(":START_ID(" + startSpace + ")", ":END_ID(" + endSpace + ")"));
			if (withProps) {
				FileSpec.of(file).columns().forEach(c -> head.add(c.name() + ":" + type(c.kind())));
			}
			return head;
		});
		List<Object> cells = new ArrayList<>(List.of(start, end));
		if (withProps) {
			FileSpec.of(file).columns().forEach(c -> cells.add(props.get(c.name())));
		}
		line(out, cells);
	}

	private static boolean hasTieProperties(String type) {
		return switch (type) {
			case "KNOWS", "INFLUENCES", "REFERRED" -> true;
			default -> false;
		};
	}

	private static List<String> header(String idColumn, BulkFile file, List<String> extra) {
		List<String> head = new ArrayList<>();
		head.add(idColumn);
		head.addAll(extra);
		FileSpec.of(file).columns().forEach(c -> head.add(c.name() + ":" + type(c.kind())));
		return head;
	}

	private static String type(Column.Kind kind) {
		return switch (kind) {
			case TEXT, NAME, ENUM -> "string";
			case ENUM_LIST, TEXT_LIST -> "string[]";
			case POSITIVE_INT, NON_NEGATIVE_INT -> "long";
			case UNIT, AMOUNT -> "double";
			case BOOL -> "boolean";
			case DATE -> "date";
			case DATETIME -> "datetime";
		};
	}

	private Writer open(String key, String relationshipType, java.util.function.Supplier<List<String>> header) {
		Writer out = this.files.get(key);
		if (out != null) {
			return out;
		}
		try {
			out = Files.newBufferedWriter(path(key), StandardCharsets.UTF_8);
			out.write(String.join(",", header.get()));
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.files.put(key, out);
		if (relationshipType != null) {
			this.relationshipTypes.put(key, relationshipType);
		}
		return out;
	}

	private void line(Writer out, List<Object> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(cell(cells.get(i)));
			}
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Remembers that a value holds a line break ({@link #multiline()}). */
	private void noteLineBreaks(String text) {
		if (!this.multiline && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
			this.multiline = true;
		}
	}

	/** A value as the importer reads it back with the type of its column; empty for none. */
	private String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof String s) {
			noteLineBreaks(s);
			return quote(s);
		}
		if (value instanceof OffsetDateTime t) {
			return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		if (value instanceof List<?> list) {
			StringBuilder joined = new StringBuilder();
			for (Object item : list) {
				String text = String.valueOf(item);
				noteLineBreaks(text);
				if (text.indexOf(ARRAY_DELIMITER) >= 0) {
					throw new IllegalArgumentException("A list item holds the character U+001F: " + Column.quoted(text));
				}
				if (!joined.isEmpty()) {
					joined.append(ARRAY_DELIMITER);
				}
				joined.append(text);
			}
			return list.isEmpty() ? "" : quote(joined.toString());
		}
		return value.toString();
	}

	private static String quote(String s) {
		return '"' + s.replace("\"", "\"\"") + '"';
	}

	/**
	 * Writes the accounts (held back until now: a referral may raise an account's intention grade) and closes
	 * every file.
	 */
	@Override
	public synchronized void close() {
		for (Map<String, Object> account : this.accounts) {
			String lifecycle = (String) account.get("lifecycle");
			Object grade = account.get("intentionGrade");
			if (this.referred.contains(account.get("id")) && (lifecycle.equals("POTENTIAL") || lifecycle.equals("PROSPECT"))
					&& !"H".equals(grade) && !"A".equals(grade)) {
				account.put("intentionGrade", "A");
			}
			node("account", "Account", BulkFile.ACCOUNTS, (String) account.get("id"), account);
		}
		this.accounts.clear();
		try {
			for (Writer out : this.files.values()) {
				out.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
