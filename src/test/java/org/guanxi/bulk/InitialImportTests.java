package org.guanxi.bulk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.guanxi.GuanxiApplication;
import org.guanxi.core.Visibility;
import org.guanxi.graph.CypherScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import --initial}, through the command line: a generated book loaded with Neo4j's bulk importer into one
 * new data folder and with the transactional import into another gives the same graph and the same analytics;
 * the initial load refuses a database that holds data, a data folder in use, an external database and a book
 * with errors.
 */
class InitialImportTests {

	private static final ZonedDateTime TEST_START = ZonedDateTime.now();

	/** A Neo4j 5 element id: the version of its form, the database's id and the entity's. */
	private static final Pattern ELEMENT_ID = Pattern
		.compile("\\d+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:\\d+");

	/** Two assessments of one person, the later one in force (its note on two lines), and one of another, cleared. */
	private static final String ASSESSMENTS = """
			person,person_account,seq,organisationInterestMet,personalInterestMet,note,at,recordedAt,clearedAt
			p-000001-02,acc-000001,1,true,true,,2026-02-01T10:00:00+08:00,2026-02-01T10:05:00+08:00,
			p-000001-02,acc-000001,2,true,false,"维持 ""现状"",
			再看",2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,
			p-000001-03,acc-000001,1,false,true,,2026-02-01T10:00:00+08:00,2026-02-01T10:05:00+08:00,2026-02-10T10:00:00+08:00
			""";

	private static final String HISTORY = """
			person,person_account,seq,from,to,at,cause
			p-000001-01,acc-000001,1,OUTSIDER,SUPPLIER,2026-01-05T10:00:00+08:00,import of people.csv
			p-000001-01,acc-000001,2,SUPPLIER,PARTNER,2026-03-01T09:30:00+08:00,interaction logged
			""";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path tmp;

	@Test
	void initialLoadGivesTheGraphAndAnalyticsOfTheTransactionalImport() throws Exception {
		Path book = this.tmp.resolve("book");
		assertThat(run("generate", "--accounts", "30", "--seed", "42", book.toString())).isZero();
		Files.writeString(book.resolve("assessments.csv"), ASSESSMENTS);
		Path initial = this.tmp.resolve("initial");
		Path transactional = this.tmp.resolve("transactional");

		assertThat(run("import", "--initial", book.toString(), dataDir(initial), "--guanxi.embedded.bolt-address=127.0.0.1:0"))
			.as(printed())
			.isZero();
		String summary = printed();
		assertThat(summary).containsPattern("people.csv +321 +321 +0 +0 +0")
			.containsPattern("assessments.csv +3 +3 +0 +0 +0")
			.containsPattern("total +1517 +1517 +0 +0 +0")
			.contains("788 nodes and 1785 relationships created in")
			.contains("written by Neo4j's bulk importer in");
		assertThat(run("import", book.toString(), dataDir(transactional), "--guanxi.embedded.bolt-address=127.0.0.1:0"))
			.as(printed())
			.isZero();
		assertThat(printed()).contains("788 nodes and 1785 relationships created in");

		Snapshot loaded = Snapshot.of(initial);
		Snapshot written = Snapshot.of(transactional);
		assertThat(loaded.counts).isEqualTo(written.counts);
		assertThat(loaded.counts).containsEntry("Account", 30L)
			.containsEntry("Person", 321L)
			.containsEntry("KNOWS", 191L)
			.containsEntry("WITH", written.counts.get("WITH"));
		// the history of classes is recorded file by file, as the transactional import records it
		assertThat(loaded.counts.get("RelationshipChange")).isPositive();
		// the later assessment is in force; a cleared one puts nothing in force
		assertThat(loaded.nodes.get("Person:p-000001-02")).containsEntry("organisationInterestAssessed", true)
			.containsEntry("personalInterestAssessed", false);
		assertThat(loaded.nodes.get("Person:p-000001-03")).doesNotContainKeys("organisationInterestAssessed",
				"personalInterestAssessed");
		assertThat(loaded.nodes.get("RelationshipAssessment:p-000001-02#2")).containsEntry("note", "维持 \"现状\",\n再看")
			.containsEntry("personalInterestMet", false);
		assertThat(loaded.nodes.keySet()).isEqualTo(written.nodes.keySet());
		loaded.nodes.forEach((key, properties) -> assertThat(properties).as(key).isEqualTo(written.nodes.get(key)));
		assertThat(loaded.ties).isEqualTo(written.ties);
		assertThat(loaded.analytics).isEqualTo(written.analytics);
		assertThat(loaded.analytics.get("account/revenue").toString()).contains("revenue");
		assertThat((List<?>) loaded.analytics.get("referral/reportBySourceAll")).isNotEmpty();
	}

	@Test
	void initialLoadRefusesADatabaseWithDataAnExternalDatabaseAndABookWithErrors() throws Exception {
		Path book = this.tmp.resolve("book");
		assertThat(run("generate", "--accounts", "3", "--seed", "7", book.toString())).isZero();
		// a backup brings its class history: restored as it is, nothing recorded of the import's own (and no value
		// on two lines: the importer reads the files in parallel chunks)
		Files.writeString(book.resolve("assessments.csv"), ASSESSMENTS.replace(",\n再看", ", 再看"));
		Files.writeString(book.resolve("relationship_history.csv"), HISTORY);
		Path used = this.tmp.resolve("used");
		assertThat(run("import", "--initial", book.toString(), dataDir(used), "--guanxi.embedded.bolt-address=127.0.0.1:0"))
			.as(printed())
			.isZero();
		Path other = this.tmp.resolve("other");
		assertThat(run("import", book.toString(), dataDir(other), "--guanxi.embedded.bolt-address=127.0.0.1:0"))
			.as(printed())
			.isZero();
		Snapshot before = Snapshot.of(used);
		Snapshot written = Snapshot.of(other);
		assertThat(before.counts).isEqualTo(written.counts).containsEntry("RelationshipChange", 2L);
		assertThat(before.nodes).isEqualTo(written.nodes);
		assertThat(before.ties).isEqualTo(written.ties);
		assertThat(before.nodes.get("Person:p-000001-01")).containsEntry("relationshipClass", "PARTNER")
			.containsEntry("relationshipSince", ZonedDateTime.parse("2026-03-01T09:30:00+08:00"));

		assertThat(run("import", "--initial", book.toString(), dataDir(used))).isEqualTo(1);
		assertThat(errors()).contains("The database in " + used.toAbsolutePath().normalize() + " is not empty (")
			.contains("import --initial only loads into a new database")
			.contains("import without --initial");
		assertThat(Snapshot.of(used).nodes).isEqualTo(before.nodes);

		DatabaseManagementService running = Snapshot.open(used);
		try {
			assertThat(run("import", "--initial", book.toString(), dataDir(used))).isEqualTo(1);
			assertThat(errors()).contains("The database in " + used.toAbsolutePath().normalize() + " is in use: stop Guanxi");
		}
		finally {
			running.shutdown();
		}

		assertThat(run("import", "--initial", book.toString(), "--guanxi.embedded.enabled=false",
				"--spring.neo4j.uri=bolt://127.0.0.1:1"))
			.isEqualTo(1);
		assertThat(errors()).contains("import --initial needs the embedded database");

		List<String> knows = new ArrayList<>(Files.readAllLines(book.resolve("knows.csv")));
		knows.set(2, knows.get(2).replaceFirst(",0\\.\\d+,", ",1.5,"));
		Files.write(book.resolve("knows.csv"), knows);
		Path fresh = this.tmp.resolve("fresh");
		assertThat(run("import", "--initial", book.toString(), dataDir(fresh))).isEqualTo(1);
		assertThat(problems(printed()))
			.containsExactly("  knows.csv, line 3, column strength: must be between 0 and 1, got 1.5.");
		assertThat(printed()).contains("nothing was written");
		assertThat(fresh.resolve("data")).doesNotExist();
		assertThat(run("import", book.toString(), dataDir(other), "--guanxi.embedded.bolt-address=127.0.0.1:0"))
			.isEqualTo(1);
		assertThat(problems(printed()))
			.containsExactly("  knows.csv, line 3, column strength: must be between 0 and 1, got 1.5.");
	}

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(List.of("--lang", "en"));
		if (args[0].equals("import")) {
			all.add("--guanxi.embedded.page-cache=32m");
		}
		return BulkCommands.run(GuanxiApplication.class, all.toArray(String[]::new),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String printed() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private static String dataDir(Path dir) {
		return "--guanxi.embedded.data-dir=" + dir;
	}

	private static List<String> problems(String printed) {
		return printed.lines().filter(l -> l.startsWith("  ")).toList();
	}

	/**
	 * What a data folder's database holds: nodes and ties by label and type, the properties of every node of
	 * the book (by label and id, or by person and number) and of every tie (by type and ends), and the answers
	 * of analytics queries. Times written at import time (on or after the test's start) read as one marker: the
	 * two imports ran at different moments.
	 */
	record Snapshot(Map<String, Long> counts, Map<String, Map<String, Object>> nodes, Map<String, List<String>> ties,
			Map<String, Object> analytics) {

		private static final List<String> OWN = List.of("SchemaMigration", "User", "ApiToken", "AuditEntry");

		static DatabaseManagementService open(Path dataDir) {
			return new DatabaseManagementServiceBuilder(dataDir).setConfig(BoltConnector.enabled, false)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.build();
		}

		static Snapshot of(Path dataDir) {
			DatabaseManagementService dbms = open(dataDir);
			try (Transaction tx = dbms.database("neo4j").beginTx()) {
				Map<String, Long> counts = new TreeMap<>();
				Map<String, Map<String, Object>> nodes = new TreeMap<>();
				Map<String, List<String>> ties = new TreeMap<>();
				for (Node node : tx.getAllNodes()) {
					node.getLabels().forEach(l -> counts.merge(l.name(), 1L, Long::sum));
					if (OWN.stream().noneMatch(own -> node.hasLabel(Label.label(own)))) {
						nodes.put(key(node), properties(node));
					}
				}
				for (Relationship tie : tx.getAllRelationships()) {
					counts.merge(tie.getType().name(), 1L, Long::sum);
					ties.computeIfAbsent(tie.getType().name() + " " + key(tie.getStartNode()) + " -> " + key(tie.getEndNode()),
							k -> new ArrayList<>())
						.add(properties(tie).toString());
				}
				ties.values().forEach(list -> list.sort(null));
				Map<String, Object> analytics = new TreeMap<>();
				Map<String, Object> everything = Visibility.everything().asParameter();
				List<String> accountIds = nodes.keySet()
					.stream()
					.filter(k -> k.startsWith("Account:"))
					.map(k -> k.substring("Account:".length()))
					.toList();
				analytics.put("account/revenue", query(tx, "account/revenue", Map.of("ids", accountIds, "visibility", everything)));
				Map<String, Object> everySource = new HashMap<>(Map.of("visibility", everything));
				everySource.put("ids", null);
				analytics.put("referral/reportBySourceAll", query(tx, "referral/reportBySourceAll", everySource));
				analytics.put("tiering/lastVisits",
						query(tx, "tiering/lastVisits", Map.of("until", TEST_START, "visibility", everything)));
				return new Snapshot(counts, nodes, ties, analytics);
			}
			finally {
				dbms.shutdown();
			}
		}

		private static String key(Node node) {
			String label = node.getLabels().iterator().next().name();
			if (node.hasProperty("id")) {
				return label + ":" + node.getProperty("id");
			}
			if (node.hasProperty("seq")) {
				Relationship owner = node.getRelationships().iterator().next();
				return label + ":" + owner.getOtherNode(node).getProperty("id") + "#" + node.getProperty("seq");
			}
			return label + ":" + node.getProperty("version", node.getElementId());
		}

		private static Map<String, Object> properties(Entity entity) {
			Map<String, Object> properties = new TreeMap<>();
			entity.getAllProperties().forEach((name, value) -> properties.put(name, comparable(value)));
			return properties;
		}

		private static Object comparable(Object value) {
			if (value instanceof ZonedDateTime time && !time.isBefore(TEST_START)) {
				return "(a time of the import)";
			}
			// an element id names a node of one store
			if (value instanceof String text && ELEMENT_ID.matcher(text).matches()) {
				return "(an element id)";
			}
			if (value instanceof String[] list) {
				return List.of(list);
			}
			if (value instanceof Node node) {
				return key(node);
			}
			if (value instanceof List<?> list) {
				return list.stream().map(Snapshot::comparable).toList();
			}
			if (value instanceof Map<?, ?> map) {
				Map<String, Object> sorted = new TreeMap<>();
				map.forEach((k, v) -> sorted.put(String.valueOf(k), comparable(v)));
				return sorted;
			}
			return value;
		}

		private static List<Object> query(Transaction tx, String name, Map<String, Object> parameters) {
			String text = CypherScript.query(new ClassPathResource("cypher/" + name + ".cypher"));
			List<Object> rows = new ArrayList<>();
			tx.execute(text, parameters).forEachRemaining(row -> {
				if (row.get("rows") instanceof List<?> lines) {
					// one row of lists (e.g. the referral-source report): each line compared on its own
					lines.forEach(line -> rows.add(comparable(line)));
					return;
				}
				rows.add(comparable(new TreeMap<>(row)));
			});
			rows.sort(java.util.Comparator.comparing(Object::toString));
			return rows;
		}

	}

}
