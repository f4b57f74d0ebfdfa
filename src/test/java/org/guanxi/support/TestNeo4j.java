package org.guanxi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.guanxi.graph.CypherScript;
import org.guanxi.graph.DatabaseChanges;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.core.io.ClassPathResource;

/**
 * The one in-process Neo4j of the whole test run (Neo4j Harness, real Bolt), standing in for an external
 * server. Started on first use, stopped when the JVM exits.
 */
public final class TestNeo4j {

	private static Neo4j server;

	private static Driver driver;

	private static DatabaseChanges changes;

	private TestNeo4j() {
	}

	public static synchronized Neo4j server() {
		if (server == null) {
			server = Neo4jBuilders.newInProcessBuilder(Path.of("target", "neo4j-harness"))
				.withDisabledServer()
				// the embedded database's default page cache (guanxi.embedded.page-cache), so that benchmarks
				// on the harness measure what the service does
				.withConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
				.build();
			driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
			changes = new DatabaseChanges();
			server.databaseManagementService()
				.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, changes.listener());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				driver.close();
				server.close();
			}));
		}
		return server;
	}

	public static String boltUri() {
		return server().boltURI().toString();
	}

	/** The commits of the test database, as the embedded database's are followed. */
	public static synchronized DatabaseChanges changes() {
		server();
		return changes;
	}

	public static Driver driver() {
		server();
		return driver;
	}

	/** Deletes all data, keeping the schema and its bookkeeping. */
	public static void clean() {
		run("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n");
	}

	/** Deletes the book (accounts, people, reps, ...), keeping the users, their tokens and the audit trail. */
	public static void cleanBook() {
		run("MATCH (n) WHERE NOT (n:SchemaMigration OR n:User OR n:ApiToken OR n:AuditEntry) DETACH DELETE n");
	}

	/** Runs the statements of a {@code .cypher} file from the test classpath. */
	public static void load(String classpathFile) {
		try (Session session = driver().session()) {
			session.executeWriteWithoutResult(tx -> CypherScript.statements(new ClassPathResource(classpathFile))
				.forEach(statement -> tx.run(statement).consume()));
		}
	}

	public static void run(String cypher) {
		run(cypher, Map.of());
	}

	public static void run(String cypher, Map<String, Object> parameters) {
		try (Session session = driver().session()) {
			session.run(cypher, parameters).consume();
		}
	}

	public static long count(String cypher, Map<String, Object> parameters) {
		try (Session session = driver().session()) {
			return session.run(cypher, parameters).single().get(0).asLong();
		}
	}

	public static long count(String cypher) {
		return count(cypher, Map.of());
	}

	/** The element id of the node with this {@code id} property. */
	public static String elementId(String id) {
		try (Session session = driver().session()) {
			return session.run("MATCH (n {id: $id}) RETURN elementId(n)", Map.of("id", id)).single().get(0).asString();
		}
	}

	/** The number of schema migrations Guanxi applies at start: the {@code V<n>__*.cypher} files of {@code cypher/schema}. */
	public static long schemaMigrationFiles() {
		try (Stream<Path> files = Files.list(Path.of("cypher", "schema"))) {
			return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.cypher")).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
