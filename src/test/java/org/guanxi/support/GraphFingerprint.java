package org.guanxi.support;

import java.util.List;

import org.neo4j.driver.Session;

/**
 * Everything stored in the test database (every node and relationship with its labels, type and properties, in
 * a stable order), to check that a refused request wrote nothing.
 */
// the audit trail is left out: it records refused attempts too, by design
public final class GraphFingerprint {

	private GraphFingerprint() {
	}

	public static List<Object> take() {
		try (Session session = TestNeo4j.driver().session()) {
			List<Object> nodes = session
				.run("MATCH (n) WHERE NOT (n:SchemaMigration OR n:AuditEntry) WITH n ORDER BY elementId(n) "
						+ "RETURN collect([labels(n), properties(n)]) AS all")
				.single()
				.get("all")
				.asList();
			List<Object> ties = session
				.run("MATCH (a)-[r]->(b) WHERE NOT (a:AuditEntry OR b:AuditEntry) WITH a, r, b ORDER BY elementId(r) "
						+ "RETURN collect([a.id, type(r), b.id, properties(r)]) AS all")
				.single()
				.get("all")
				.asList();
			return List.of(nodes, ties);
		}
	}

}
