package org.guanxi.support;

import java.time.Duration;
import java.time.ZoneId;

import org.guanxi.core.Visibility;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests that go through the public GraphQL interface over HTTP, against the shared test Neo4j
 * (the embedded DBMS off, as with an external server), reading texts in English. Each test starts from an empty graph and a clock
 * set to {@link MutableClock#START}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GraphQlTestBase.TestClockConfiguration.class)
public abstract class GraphQlTestBase {

	/** The application's clock; reset to {@link MutableClock#START} before each test. */
	@Autowired
	protected MutableClock clock;

	/** Whose view of the book requests get; everything, reset before each test. */
	@Autowired
	protected TestViewer viewer;

	@LocalServerPort
	private int port;

	protected HttpGraphQlTester graphQl;

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "unused");
		registry.add("guanxi.embedded.enabled", () -> "false");
		registry.add("guanxi.demo-data.enabled", () -> "false");
	}

	@BeforeEach
	void connectAndClean() {
		WebTestClient client = http("http://localhost:" + this.port + "/graphql").build();
		this.graphQl = HttpGraphQlTester.create(client).mutate().responseTimeout(Duration.ofSeconds(60)).build();
		TestNeo4j.clean();
		this.clock.reset();
		this.viewer.set(Visibility.everything());
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

		@Bean
		@Primary
		TestViewer testViewer() {
			return new TestViewer();
		}

	}

}
