package org.guanxi.graph;

import java.util.List;

import org.guanxi.core.ReadyNote;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j before the driver and points the driver at its Bolt connector.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedModeCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean(initMethod = "start", destroyMethod = "stop")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return new EmbeddedNeo4j(properties);
	}

	@Bean
	ReadyNote embeddedNeo4jPassword(EmbeddedNeo4j embeddedNeo4j) {
		return () -> List.of("Bolt login: user neo4j, password "
				+ (embeddedNeo4j.passwordFile() == null ? "of guanxi.embedded.password"
						: "in " + embeddedNeo4j.passwordFile())
				+ " (for Neo4j Browser and cypher-shell)");
	}

	/** The commits of the embedded database, followed for the kept whole-book results. */
	@Bean
	DatabaseChanges embeddedDatabaseChanges(EmbeddedNeo4j embeddedNeo4j) {
		DatabaseChanges changes = new DatabaseChanges();
		embeddedNeo4j.follow(changes);
		return changes;
	}

	/** The queries of read-only scopes read the embedded database directly, not through its Bolt connector. */
	@Bean
	@ConditionalOnProperty(name = InProcessDatabase.DIRECT_READS, havingValue = "true", matchIfMissing = true)
	InProcessDatabase embeddedDirectReads(EmbeddedNeo4j embeddedNeo4j) {
		return embeddedNeo4j::database;
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
		return new Neo4jConnectionDetails() {

			@Override
			public java.net.URI getUri() {
				return embeddedNeo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic("neo4j", embeddedNeo4j.password());
			}

		};
	}

}
