package org.guanxi.graph;

import java.util.Map;

import org.guanxi.GuanxiApplication;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a Neo4j URI configured, no embedded DBMS starts and Guanxi uses that server (here the test harness), reads
 * included: nothing is read in process, as with a server elsewhere.
 */
@TestPropertySource(properties = InProcessDatabase.DIRECT_READS + "=false")
class ExternalModeTests extends GraphQlTestBase {

	@Autowired
	ApplicationContext context;

	@Autowired
	Neo4jConnectionDetails connection;

	@Test
	void usesTheConfiguredServerAndStartsNoEmbeddedDbms() {
		assertThat(this.context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(InProcessDatabase.class)).isEmpty();
		assertThat(this.connection.getUri().toString()).isEqualTo(TestNeo4j.boltUri());
		TestNeo4j.run("CREATE (:Account {id: 'acc-ext', name: 'External Co', lifecycle: 'PROSPECT'})");
		this.graphQl.documentName("accountName").variable("id", "acc-ext")
			.execute()
			.path("account.name")
			.entity(String.class)
			.isEqualTo("External Co");
		assertThat(TestNeo4j.count("MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(TestNeo4j.schemaMigrationFiles());
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

	@Test
	void neo4jVariablesWinOverThePackagedDefaultsAndLoseToExplicitSettingsOnARealStart() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("NEO4J_URI", TestNeo4j.boltUri(), "NEO4J_USERNAME", "sales", "NEO4J_PASSWORD",
									"from-variable")));
		SpringApplication application = new SpringApplication(GuanxiApplication.class);
		application.setEnvironment(environment);
		try (ConfigurableApplicationContext started = application.run("--server.port=0",
				"--spring.neo4j.authentication.password=explicit", "--guanxi.relationship.reconcile-cron=-")) {
			Neo4jConnectionDetails details = started.getBean(Neo4jConnectionDetails.class);
			assertThat(details.getUri().toString()).isEqualTo(TestNeo4j.boltUri());
			// NEO4J_USERNAME over the packaged user neo4j; the explicit password over NEO4J_PASSWORD
			assertThat(details.getAuthToken()).isEqualTo(AuthTokens.basic("sales", "explicit"));
			assertThat(started.getBean(org.neo4j.driver.Driver.class).executableQuery("RETURN 1 AS one")
				.execute()
				.records()
				.get(0)
				.get("one")
				.asInt()).isEqualTo(1);
		}
	}

}
