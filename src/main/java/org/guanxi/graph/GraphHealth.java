package org.guanxi.graph;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * The graph database's part of {@code /actuator/health} (component {@code graph}): whether Guanxi runs its own
 * embedded Neo4j or talks to an external one, whether a query gets through, how many nodes and relationships
 * the graph holds and, when embedded, how large its store is on disk.
 */
@Component("graph")
class GraphHealth extends AbstractHealthIndicator {

	private final Cypher cypher;

	private final EmbeddedNeo4j embedded;

	private final Neo4jConnectionDetails connection;

	GraphHealth(Cypher cypher, ObjectProvider<EmbeddedNeo4j> embedded, Neo4jConnectionDetails connection) {
		super("The graph database is not reachable");
		this.cypher = cypher;
		this.embedded = embedded.getIfAvailable();
		this.connection = connection;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("mode", this.embedded != null ? "embedded" : "external")
			.withDetail("uri", String.valueOf(this.connection.getUri()));
		try {
			Map<String, Long> counts = this.cypher.one("graph/health", Map.of(), row -> Map.of("nodes",
					row.get("nodes").asLong(), "relationships", row.get("relationships").asLong()));
			builder.up().withDetail("connected", true).withDetails(counts);
		}
		catch (RuntimeException ex) {
			builder.down().withDetail("connected", false).withDetail("error", ex.getClass().getSimpleName());
		}
		if (this.embedded != null) {
			builder.withDetail("storeSizeBytes", this.embedded.storeSizeBytes())
				.withDetail("dataDir", this.embedded.dataDir().toString());
		}
	}

}
