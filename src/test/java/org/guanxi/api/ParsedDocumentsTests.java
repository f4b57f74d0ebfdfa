package org.guanxi.api;

import java.util.List;
import java.util.Map;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents are parsed and validated once and kept: asked again, a document answers for the variables, the user
 * and the language of the new request, and a document refused is refused again, its errors in each request's
 * language.
 */
class ParsedDocumentsTests extends GraphQlTestBase {

	@Test
	void aKeptDocumentAnswersForTheVariablesOfEachRequest() {
		TestNeo4j.run("CREATE (:Account {id: 'acc-a', name: 'Alpha Freight'}), (:Account {id: 'acc-b', name: 'Beta Buses'})");
		String document = "query($id: ID!) { account(id: $id) { id name } }";
		assertThat(post(document, Map.of("id", "acc-a"), "en").toString()).contains("Alpha Freight")
			.doesNotContain("errors");
		assertThat(post(document, Map.of("id", "acc-b"), "en").toString()).contains("Beta Buses")
			.doesNotContain("Alpha");
		Map<String, Object> missing = post(document, Map.of("id", "acc-none"), "en");
		assertThat(missing.toString()).contains("NOT_FOUND").contains("acc-none");
	}

	@Test
	void aRefusedDocumentIsRefusedAgainInTheLanguageOfEachRequest() {
		String misspelt = "{ acount(id: \"acc-a\") { id } }";
		String english = messages(post(misspelt, Map.of(), "en")).get(0);
		String chinese = messages(post(misspelt, Map.of(), "zh-CN")).get(0);
		assertThat(english).contains("acount");
		assertThat(chinese).contains("acount").isNotEqualTo(english).containsPattern("\\p{IsHan}");
		assertThat(messages(post(misspelt, Map.of(), "en")).get(0)).isEqualTo(english);

		StringBuilder deep = new StringBuilder("{ account(id: \"acc-a\") ");
		for (int level = 0; level < 12; level++) {
			deep.append(level % 2 == 0 ? "{ people " : "{ account ");
		}
		deep.append("{ id }").append(" }".repeat(12)).append(" }");
		for (int i = 0; i < 2; i++) {
			assertThat(messages(post(deep.toString(), Map.of(), "en"))).as("attempt %d", i + 1)
				.anyMatch(m -> m.contains("guanxi.graphql.max-depth"));
		}
	}

	@Test
	void aKeptDocumentStillAsksWhoIsAsking() {
		String document = "{ users { username } }";
		assertThat(post(document, Map.of(), "en").toString()).contains(ADMIN).doesNotContain("errors");
		createUser("rita.rep", "REP", null);
		String rep = signIn("rita.rep", PASSWORD);
		Map<String, Object> refused = anonymous().post()
			.uri(uri -> uri.path("/graphql").queryParam("lang", "en").build())
			.headers(h -> h.setBearerAuth(rep))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document))
			.exchange()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(refused.toString()).contains("FORBIDDEN").contains("ADMIN");
	}

	private Map<String, Object> post(String document, Map<String, Object> variables, String language) {
		return http().post()
			.uri(uri -> uri.path("/graphql").queryParam("lang", language).build())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document, "variables", variables))
			.exchange()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<String> messages(Map<String, Object> answer) {
		return ((List<Map<String, Object>>) answer.getOrDefault("errors", List.of())).stream()
			.map(e -> String.valueOf(e.get("message")))
			.toList();
	}

}
