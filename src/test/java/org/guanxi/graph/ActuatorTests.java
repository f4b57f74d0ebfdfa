package org.guanxi.graph;

import java.time.Duration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /actuator: the health of the graph database, and metrics of GraphQL requests, named Cypher queries and imports.
 */
class ActuatorTests extends GraphQlTestBase {

	@LocalServerPort
	int port;

	WebTestClient http;

	@Autowired
	HealthEndpointGroups groups;

	@BeforeEach
	void client() {
		this.http = http().mutate().responseTimeout(Duration.ofSeconds(180)).build();
	}

	@Test
	void healthShowsTheGraphDatabaseAndItsCounts() {
		TestNeo4j.run("CREATE (:Account {id: 'acc-h1', name: 'H1'})<-[:WORKS_AT]-(:Person {id: 'p-h1', name: 'P'}), "
				+ "(:Account {id: 'acc-h2', name: 'H2'})");
		long nodes = TestNeo4j.count("MATCH (n) RETURN count(n)");
		long relationships = TestNeo4j.count("MATCH ()-[r]->() RETURN count(r)");
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.graph.status").isEqualTo("UP")
			.jsonPath("$.components.graph.details.mode").isEqualTo("external")
			.jsonPath("$.components.graph.details.connected").isEqualTo(true)
			.jsonPath("$.components.graph.details.uri").isEqualTo(TestNeo4j.boltUri())
			.jsonPath("$.components.graph.details.nodes").isEqualTo((int) nodes)
			.jsonPath("$.components.graph.details.relationships").isEqualTo((int) relationships);
	}

	@Test
	void livenessAndReadinessProbesAnswerWithoutSignInAndWithoutDetails() {
		for (String probe : new String[] { "liveness", "readiness" }) {
			this.http.get()
				.uri("/actuator/health/" + probe)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status").isEqualTo("UP")
				.jsonPath("$.components").doesNotExist()
				.jsonPath("$.details").doesNotExist();
		}
	}

	@Test
	void livenessIsTheApplicationsOwnStateAndReadinessIncludesTheDatabase() {
		HealthEndpointGroup liveness = this.groups.get("liveness");
		assertThat(liveness.isMember("livenessState")).isTrue();
		assertThat(liveness.isMember("graph")).isFalse();
		assertThat(liveness.isMember("neo4j")).isFalse();
		assertThat(this.groups.get("readiness").isMember("graph")).isTrue();
	}

	@Test
	void metricsTimeGraphQlRequestsAndNamedCypherQueries() {
		TestNeo4j.run("CREATE (:Account {id: 'acc-m1', name: 'M1'})");
		double before = count("guanxi.cypher", "query:account/byIds");
		double requests = count("graphql.request");
		double fetches = count("graphql.datafetcher", "graphql.field.name:account");
		for (int i = 0; i < 3; i++) {
			this.graphQl.documentName("accountName").variable("id", "acc-m1")
				.execute()
				.path("account.name")
				.entity(String.class)
				.isEqualTo("M1");
		}
		assertThat(count("guanxi.cypher", "query:account/byIds")).isEqualTo(before + 3);
		assertThat(count("graphql.request")).isEqualTo(requests + 3);
		assertThat(count("graphql.datafetcher", "graphql.field.name:account")).isEqualTo(fetches + 3);
		this.http.get()
			.uri("/actuator/metrics/guanxi.cypher?tag=query:account/byIds")
			.exchange()
			.expectBody()
			.jsonPath("$.baseUnit").isEqualTo("seconds")
			.jsonPath("$.measurements[?(@.statistic == 'TOTAL_TIME')].value")
			.value(values -> assertThat(((List<?>) values).get(0)).isInstanceOf(Number.class)
				.matches(v -> ((Number) v).doubleValue() > 0));
		String prometheus = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(prometheus).contains("guanxi_cypher_seconds_count{query=\"account/byIds\"")
			.contains("graphql_request_seconds_count");
	}

	@Test
	void importProgressIsCountedByFileAndPhase() throws IOException {
		double accountsWritten = count("guanxi.import.rows", "file:accounts.csv", "phase:write");
		double peopleValidated = count("guanxi.import.rows", "file:people.csv", "phase:validate");
		double finished = count("guanxi.import", "outcome:finished");
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		try (var files = Files.list(Path.of("examples", "book"))) {
			files.sorted().forEach(f -> parts.part("files", new FileSystemResource(f)));
		}
		this.http.post()
			.uri("/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange()
			.expectStatus()
			.isOk();
		// examples/book: 3 accounts, 8 people
		assertThat(count("guanxi.import.rows", "file:accounts.csv", "phase:write")).isEqualTo(accountsWritten + 3);
		assertThat(count("guanxi.import.rows", "file:people.csv", "phase:validate")).isEqualTo(peopleValidated + 8);
		assertThat(count("guanxi.import", "outcome:finished")).isEqualTo(finished + 1);
		this.http.get()
			.uri("/actuator/metrics/guanxi.import.active")
			.exchange()
			.expectBody()
			.jsonPath("$.measurements[0].value").isEqualTo(0.0);
	}

	/** The COUNT of a metric with the given tags, 0 when it has not been recorded yet. */
	private double count(String metric, String... tags) {
		StringBuilder uri = new StringBuilder("/actuator/metrics/" + metric + "?x=1");
		for (String tag : tags) {
			uri.append("&tag=").append(tag);
		}
		var result = this.http.get().uri(uri.toString()).exchange().expectBody(Map.class).returnResult();
		if (result.getStatus().value() == 404) {
			return 0;
		}
		for (Object m : (List<?>) result.getResponseBody().get("measurements")) {
			Map<?, ?> measurement = (Map<?, ?>) m;
			if ("COUNT".equals(measurement.get("statistic"))) {
				return ((Number) measurement.get("value")).doubleValue();
			}
		}
		throw new AssertionError(metric + " has no COUNT: " + result.getResponseBody());
	}

}
