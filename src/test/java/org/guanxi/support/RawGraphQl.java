package org.guanxi.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Posts GraphQL requests as a client would, without a tester's checks, and returns the HTTP status with the
 * response body as maps and lists, in English: for requests that are meant to be refused.
 */
public final class RawGraphQl {

	private final WebTestClient client;

	/** A client signed in with this bearer token. */
	public RawGraphQl(int port, String token) {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.defaultHeaders(headers -> headers.setBearerAuth(token))
			.responseTimeout(Duration.ofSeconds(60))
			.codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
			.build();
	}

	public record Answer(int status, Map<String, Object> body) {

		@SuppressWarnings("unchecked")
		public List<Map<String, Object>> errors() {
			Object errors = this.body == null ? null : this.body.get("errors");
			return errors == null ? List.of() : (List<Map<String, Object>>) errors;
		}

		@SuppressWarnings("unchecked")
		public List<String> classifications() {
			return errors().stream()
				.map(e -> (Map<String, Object>) e.getOrDefault("extensions", Map.of()))
				.map(x -> String.valueOf(x.get("classification")))
				.toList();
		}

		public List<String> messages() {
			return errors().stream().map(e -> String.valueOf(e.get("message"))).toList();
		}

		public Object data() {
			return this.body == null ? null : this.body.get("data");
		}

	}

	public Answer post(String document) {
		return post(document, Map.of());
	}

	public Answer post(String document, Map<String, Object> variables) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("query", document);
		request.put("variables", variables);
		return send(request);
	}

	public Answer send(Object body) {
		var result = this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.bodyValue(body)
			.exchange()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult();
		return new Answer(result.getStatus().value(), result.getResponseBody());
	}

}
