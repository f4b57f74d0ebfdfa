package org.guanxi.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.guanxi.bulk.BookGenerator;
import org.guanxi.bulk.BookOptions;
import org.guanxi.bulk.BulkFile;
import org.guanxi.bulk.BulkImporter;
import org.guanxi.bulk.ImportOptions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the database itself writes per second on this machine, next to what Guanxi's import writes (benchmark,
 * not a test). Generates the book of {@link ImportBenchmark}, imports its accounts, people and KNOWS ties with
 * Guanxi into a fresh embedded Neo4j (timing each file's write phase), then writes the same people rows again
 * under new ids and the same person-to-person KNOWS rows again with bare {@code UNWIND} queries through the same
 * driver: no reading, no validation, nothing of Guanxi, batches of 10,000 rows, one and two writers. Run with
 *
 * <pre>
 * MAVEN_OPTS=-Xmx2g ./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.guanxi.bench.ImportCeilingBenchmark \
 *     -Dexec.classpathScope=test
 * </pre>
 */
public final class ImportCeilingBenchmark {

	private static final int ROWS = 100_000;

	private static final int BATCH = 10_000;

	private ImportCeilingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of("target", "bench-ceiling");
		ImportBenchmark.deleteTree(root);
		Path book = root.resolve("book");
		new BookGenerator(BookOptions.of(20_000, 42, LocalDate.of(2026, 11, 23))).writeTo(book);
		Path subset = root.resolve("subset");
		Files.createDirectories(subset);
		for (String file : List.of("accounts.csv", "reps.csv", "people.csv", "knows.csv")) {
			Files.copy(book.resolve(file), subset.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		try (ConfigurableApplicationContext context = ImportBenchmark.embeddedGuanxi(root.resolve("data"))) {
			Map<BulkFile, long[]> writes = new EnumMap<>(BulkFile.class);
			context.getBean(BulkImporter.class).importFolder(subset, ImportOptions.DEFAULT, (file, phase, done) -> {
				if (phase.equals("write")) {
					long[] span = writes.computeIfAbsent(file, f -> new long[] { System.nanoTime(), 0, 0 });
					span[1] = System.nanoTime();
					span[2] = done;
				}
			});
			// the first batch's start is not reported: the rate is over the batches after the first
			System.out.println();
			for (BulkFile file : List.of(BulkFile.PEOPLE, BulkFile.KNOWS)) {
				long[] span = writes.get(file);
				System.out.printf("Guanxi import, write phase of %-11s %,8.0f rows/s%n", file.fileName(),
						(span[2] - BATCH) / ((span[1] - span[0]) / 1e9));
			}
			Driver driver = context.getBean(Driver.class);
			List<Map<String, Object>> people = rows(book.resolve("people.csv"), ImportCeilingBenchmark::person);
			List<Map<String, Object>> knows = rows(book.resolve("knows.csv"), ImportCeilingBenchmark::knows).stream()
				.filter(r -> r != null)
				.toList();
			Map<String, List<Map<String, Object>>> cases = new LinkedHashMap<>();
			cases.put("UNWIND $rows AS row CREATE (p:Person {id: $prefix + row.id})", people);
			cases.put("UNWIND $rows AS row CREATE (p:Person) SET p = row.props, p.id = $prefix + row.id", people);
			cases.put("UNWIND $rows AS row MATCH (a:Account {id: row.account}) CREATE (p:Person)-[:WORKS_AT]->(a) "
					+ "SET p = row.props, p.id = $prefix + row.id", people);
			cases.put("UNWIND $rows AS row MATCH (a:Person {id: row.a}), (b:Person {id: row.b}) "
					+ "CREATE (a)-[:KNOWS]->(b)", knows);
			cases.put("UNWIND $rows AS row MATCH (a:Person {id: row.a}), (b:Person {id: row.b}) "
					+ "CREATE (a)-[r:KNOWS]->(b) SET r = row.props", knows);
			System.out.printf("%nBare UNWIND batches of %,d rows (people: nodes/s; KNOWS: relationships/s)%n", BATCH);
			int run = 0;
			for (Map.Entry<String, List<Map<String, Object>>> c : cases.entrySet()) {
				for (int writers : new int[] { 1, 2 }) {
					run++;
					List<Map<String, Object>> rows = c.getValue().subList(0, Math.min(ROWS, c.getValue().size()));
					double rate = write(driver, c.getKey(), rows, writers, "bare" + run + "-");
					System.out.printf("%d writer(s) %,8.0f/s  (%,d rows)  %s%n", writers, rate, rows.size(), c.getKey());
				}
			}
		}
	}

	private static double write(Driver driver, String query, List<Map<String, Object>> rows, int writers,
			String prefix) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			long start = System.nanoTime();
			List<Future<?>> batches = new ArrayList<>();
			for (int i = 0; i < rows.size(); i += BATCH) {
				List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + BATCH));
				batches.add(pool.submit(() -> {
					try (Session session = driver.session()) {
						session.executeWriteWithoutResult(tx -> tx.run(query, Map.of("rows", batch, "prefix", prefix)).consume());
					}
				}));
			}
			for (Future<?> batch : batches) {
				batch.get();
			}
			return rows.size() / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			pool.shutdown();
		}
	}

	/** A people row with the types Guanxi's import gives the values. */
	private static Map<String, Object> person(CSVRecord record) {
		Map<String, Object> props = new LinkedHashMap<>();
		for (Map.Entry<String, String> cell : record.toMap().entrySet()) {
			String key = cell.getKey();
			String value = cell.getValue();
			if (value.isEmpty() || key.equals("id") || key.equals("account")) {
				continue;
			}
			props.put(key, switch (key) {
				case "level", "age" -> Long.parseLong(value);
				case "decisionWeight" -> Double.parseDouble(value);
				case "insider" -> Boolean.parseBoolean(value);
				case "buyingRoles" -> List.of(value.split("\\|"));
				case "createdAt" -> OffsetDateTime.parse(value);
				default -> value;
			});
		}
		return Map.of("id", record.get("id"), "account", record.get("account"), "props", props);
	}

	/** A person-to-person KNOWS row, or null for a rep's. */
	private static Map<String, Object> knows(CSVRecord record) {
		if (!record.get("from_type").equals("person")) {
			return null;
		}
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("strength", Double.parseDouble(record.get("strength")));
		if (!record.get("since").isEmpty()) {
			props.put("since", LocalDate.parse(record.get("since")));
		}
		return Map.of("a", record.get("from"), "b", record.get("to"), "props", props);
	}

	private static List<Map<String, Object>> rows(Path file, Function<CSVRecord, Map<String, Object>> row)
			throws IOException {
		List<Map<String, Object>> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				rows.add(row.apply(record));
			}
		}
		return rows;
	}

}
