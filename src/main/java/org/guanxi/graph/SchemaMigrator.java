package org.guanxi.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the files of {@code cypher/schema/} (named {@code V<number>__<what>.cypher}) in order, each once,
 * and records each applied version as a {@code (:SchemaMigration)} node.
 */
public class SchemaMigrator {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

	private final Driver driver;

	public SchemaMigrator(Driver driver) {
		this.driver = driver;
	}

	/** Applies the pending files; returns how many were applied. */
	public int migrate() {
		int applied = 0;
		try (Session session = this.driver.session()) {
			session.run(graphQuery("migrationConstraint")).consume();
			for (Resource file : schemaFiles()) {
				if (apply(session, file)) {
					applied++;
				}
			}
		}
		return applied;
	}

	private boolean apply(Session session, Resource file) {
		String name = file.getFilename();
		int version = version(name);
		boolean done = session
			.run(graphQuery("migrationApplied"), Map.of("version", version))
			.single()
			.get("done")
			.asBoolean();
		if (done) {
			return false;
		}
		for (String statement : CypherScript.statements(file)) {
			session.run(statement).consume();
		}
		session.run(graphQuery("recordMigration"), Map.of("version", version, "file", name)).consume();
		log.info("Applied schema migration {}", name);
		return true;
	}

	static String graphQuery(String name) {
		return CypherScript.query(new ClassPathResource("cypher/graph/" + name + ".cypher"));
	}

	static int version(String filename) {
		if (filename == null || !filename.matches("V\\d+__.+\\.cypher")) {
			throw new IllegalStateException(
					"Schema file " + filename + " must be named V<number>__<description>.cypher");
		}
		return Integer.parseInt(filename.substring(1, filename.indexOf("__")));
	}

	private static List<Resource> schemaFiles() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/schema/*.cypher");
			return Arrays.stream(found).sorted(Comparator.comparingInt(r -> version(r.getFilename()))).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
