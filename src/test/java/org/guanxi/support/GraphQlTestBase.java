package org.guanxi.support;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.guanxi.graph.DatabaseChanges;
import org.guanxi.graph.InProcessDatabase;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests that go through the public GraphQL interface over HTTP, against the shared test Neo4j
 * (the embedded DBMS off, as with an external server), reading texts in English. Each test starts from an empty
 * graph and a clock set to {@link MutableClock#START}, with one user, {@link #ADMIN}, signed in as users do: a
 * bearer token from {@code POST /api/token} with HTTP Basic credentials, sent by {@link #graphQl} and {@link #http()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GraphQlTestBase.TestClockConfiguration.class)
public abstract class GraphQlTestBase {

	/** The application's clock; reset to {@link MutableClock#START} before each test. */
	@Autowired
	protected MutableClock clock;

	@LocalServerPort
	private int port;

	/** The admin every test starts with; {@link #graphQl} is signed in as this user. */
	public static final String ADMIN = "test-admin";

	/** The password of every user the tests create with {@link #createUser}. */
	public static final String PASSWORD = "test-password-1";

	/** A bcrypt hash of {@link #PASSWORD} at the lowest cost, so that creating users in tests is quick. */
	private static final String PASSWORD_HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

	/** The GraphQL client, signed in as {@link #ADMIN}. */
	protected HttpGraphQlTester graphQl;

	/** The bearer token of {@link #ADMIN}. */
	protected String token;

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "unused");
		registry.add("guanxi.embedded.enabled", () -> "false");
		registry.add("guanxi.demo-data.enabled", () -> "false");
		// each test's results are worked out by its own requests (WorkspaceWarmUpTests warms up on purpose)
		registry.add("guanxi.workspace.warm-up", () -> "false");
		// tests move the clock by months: sign-in tokens of the test users outlive that
		registry.add("guanxi.security.token-lifetime", () -> "3650d");
	}

	@BeforeEach
	void connectAndClean() {
		TestNeo4j.clean();
		this.clock.reset();
		createUser(ADMIN, "ADMIN", null);
		this.token = signIn(ADMIN, PASSWORD);
		this.graphQl = graphQlWith(this.token);
	}

	/**
	 * Runs a delete mutation by its document name ({@code graphql-test/<mutation>.graphql}, variables {@code id} and
	 * {@code cascade}); without cascade (null) the schema's default applies.
	 */
	protected GraphQlTester.Response delete(String mutation, String id, Boolean cascade) {
		if (cascade == null) {
			return this.graphQl.documentName(mutation).variable("id", id).execute();
		}
		return this.graphQl.documentName(mutation).variable("id", id).variable("cascade", cascade).execute();
	}

	/** Creates a user with password {@link #PASSWORD} directly in the graph, linked to the rep when given. */
	protected static void createUser(String username, String role, String repId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("username", username);
		parameters.put("hash", PASSWORD_HASH);
		parameters.put("role", role);
		parameters.put("repId", repId);
		TestNeo4j.run("""
				CREATE (u:User {id: $username, username: $username, passwordHash: $hash, role: $role, disabled: false,
				                created: datetime()})
				WITH u
				OPTIONAL MATCH (r:SalesRep {id: $repId})
				FOREACH (rep IN CASE WHEN r IS NULL THEN [] ELSE [r] END | CREATE (u)-[:IS]->(rep))""", parameters);
	}

	/** Signs in as users do ({@code POST /api/token} with HTTP Basic) and returns the bearer token. */
	protected String signIn(String username, String password) {
		Map<?, ?> body = anonymous().post()
			.uri("/api/token")
			.headers(headers -> headers.setBasicAuth(username, password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) body.get("token");
	}

	/** Creates a user (password {@link #PASSWORD}) and returns a GraphQL client signed in as them. */
	protected HttpGraphQlTester signedInAs(String username, String role, String repId) {
		createUser(username, role, repId);
		return graphQlWith(signIn(username, PASSWORD));
	}

	/** A GraphQL client sending this bearer token. */
	protected HttpGraphQlTester graphQlWith(String bearerToken) {
		WebTestClient client = anonymous().mutate()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.defaultHeaders(headers -> headers.setBearerAuth(bearerToken))
			.build();
		return HttpGraphQlTester.create(client).mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	/** An HTTP client for the whole server, signed in as {@link #ADMIN}. */
	protected WebTestClient http() {
		return anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(this.token)).build();
	}

	/** An HTTP client for the whole server, without credentials. */
	protected WebTestClient anonymous() {
		return http("http://localhost:" + this.port).build();
	}

	protected int port() {
		return this.port;
	}

	/**
	 * A client of Guanxi's HTTP interface that reads its texts in English ({@code Accept-Language: en}), as the
	 * tests that check English texts expect; tests of other languages set their own header.
	 */
	public static WebTestClient.Builder http(String baseUrl) {
		return WebTestClient.bindToServer()
			.baseUrl(baseUrl)
			.defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.responseTimeout(Duration.ofSeconds(120));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClockConfiguration {

		@Bean
		MutableClock clock() {
			return new MutableClock(ZoneId.of("Asia/Shanghai"));
		}

		/** The test database is in this process too: whole-book results are kept as with the embedded one. */
		@Bean
		DatabaseChanges harnessDatabaseChanges() {
			return TestNeo4j.changes();
		}

		/** ... and its queries of read-only scopes read it directly, as with the embedded one. */
		@Bean
		@ConditionalOnProperty(name = InProcessDatabase.DIRECT_READS, havingValue = "true", matchIfMissing = true)
		InProcessDatabase harnessDirectReads() {
			return name -> TestNeo4j.server().databaseManagementService().database(name);
		}

	}

}
