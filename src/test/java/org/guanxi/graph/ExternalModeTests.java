package org.guanxi.graph;

import java.util.Map;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a Neo4j URI configured, no embedded DBMS starts and Guanxi uses that server (here the test harness).
 */
class ExternalModeTests extends GraphQlTestBase {

	@Autowired
	ApplicationContext context;

	@Autowired
	Neo4jConnectionDetails connection;

	@Test
	void usesTheConfiguredServerAndStartsNoEmbeddedDbms() {
		assertThat(this.context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
		assertThat(this.connection.getUri().toString()).isEqualTo(TestNeo4j.boltUri());
		TestNeo4j.run("CREATE (:Account {id: 'acc-ext', name: 'External Co', lifecycle: 'PROSPECT'})");
		this.graphQl.document("{ account(id: \"acc-ext\") { name lifecycle } }")
			.execute()
			.path("account.name")
			.entity(String.class)
			.isEqualTo("External Co");
		assertThat(TestNeo4j.count("MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(3);
	}

	@Test
	void neo4jEnvironmentVariablesConfigureTheDriverAndTurnEmbeddedModeOff() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("env", Map.of("NEO4J_URI", "neo4j://cluster.example:7687",
					"NEO4J_USERNAME", "sales", "NEO4J_PASSWORD", "secret")));
		new Neo4jEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.neo4j.uri")).isEqualTo("neo4j://cluster.example:7687");
		assertThat(environment.getProperty("spring.neo4j.authentication.username")).isEqualTo("sales");
		assertThat(environment.getProperty("spring.neo4j.authentication.password")).isEqualTo("secret");
		assertThat(EmbeddedModeCondition.isEmbedded(environment)).isFalse();
		assertThat(EmbeddedModeCondition.isEmbedded(new StandardEnvironment())).isTrue();
	}

}
