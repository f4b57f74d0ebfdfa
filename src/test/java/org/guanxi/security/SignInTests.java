package org.guanxi.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in over HTTP: 401 without credentials everywhere, POST /api/token, browser sessions with CSRF, the
 * sign-in rate limit.
 */
class SignInTests extends GraphQlTestBase {

	private static final String QUERY = "{\"query\": \"{ me { username } }\"}";

	@BeforeEach
	void reps() {
		TestNeo4j.run("CREATE (:SalesRep {id: 'rep-li', name: 'Li Na', team: 'East'})");
	}

	@Test
	void everyEndpointAnswers401WithoutCredentials() {
		for (String path : List.of("/graphql", "/import")) {
			anonymous().post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY).exchange()
				.expectStatus().isUnauthorized()
				.expectBody().jsonPath("$.message").value(m -> assertThat((String) m).contains("POST /api/token"));
		}
		for (String path : List.of("/graphiql", "/export/people.csv", "/export/abc_analysis.csv", "/api/csrf",
				"/no-such-page")) {
			anonymous().get().uri(path).exchange().expectStatus().isUnauthorized();
		}
		anonymous().post().uri("/api/token").exchange().expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Guanxi\"");
		anonymous().post().uri("/graphql").headers(h -> h.setBearerAuth("gx_not-a-token"))
			.contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY).exchange()
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.message").value(m -> assertThat((String) m).contains("unknown, revoked or expired"));
		anonymous().get().uri("/login").exchange().expectStatus().isOk();
		assertThat(TestNeo4j.count("MATCH (a:Account) RETURN count(a)")).isZero();
	}

	@Test
	void aBrowserAskingForAPageWithoutSessionIsSentToTheSignInPage() {
		String page = anonymous().get().uri("/graphiql").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isUnauthorized()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(page).contains("url=/login");
	}

	@Test
	void tokenFromBasicCredentialsSignsInAndWrongPasswordsDoNot() {
		Map<?, ?> answer = anonymous().post().uri("/api/token")
			.headers(h -> h.setBasicAuth(ADMIN, PASSWORD)).exchange()
			.expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		String token = (String) answer.get("token");
		assertThat(token).startsWith("gx_").hasSizeGreaterThanOrEqualTo(3 + 43);
		// the test clock starts 2026-11-23T10:00+08:00; the tests' token lifetime is 3650 days
		assertThat(java.time.OffsetDateTime.parse((String) answer.get("expiresAt")).toInstant())
			.isEqualTo(java.time.OffsetDateTime.parse("2036-11-20T02:00:00Z").toInstant());
		graphQlWith(token).documentName("me").execute()
			.path("me.username").entity(String.class).isEqualTo(ADMIN)
			.path("me.role").entity(String.class).isEqualTo("ADMIN");
		assertThat(TestNeo4j.count("MATCH (t:ApiToken {hash: $token}) RETURN count(t)", Map.of("token", token)))
			.as("only the hash is stored").isZero();
		// a script with a bearer token needs no CSRF token, and gets no cookie
		anonymous().post().uri("/graphql").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY).exchange().expectStatus().isOk().expectHeader().doesNotExist("Set-Cookie");
		anonymous().post().uri("/api/token").headers(h -> h.setBasicAuth(ADMIN, "wrong-password")).exchange()
			.expectStatus().isUnauthorized();
		anonymous().post().uri("/api/token").headers(h -> h.setBasicAuth("nobody", PASSWORD)).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void meTellsWhoIsSignedInWithTheirRep() {
		signedInAs("li.na", "REP", "rep-li").documentName("me")
			.execute()
			.path("me.username").entity(String.class).isEqualTo("li.na")
			.path("me.role").entity(String.class).isEqualTo("REP")
			.path("me.readOnly").entity(Boolean.class).isEqualTo(false)
			.path("me.rep.id").entity(String.class).isEqualTo("rep-li")
			.path("me.rep.name").entity(String.class).isEqualTo("Li Na")
			.path("me.rep.team").entity(String.class).isEqualTo("East");
		this.graphQl.documentName("me").execute()
			.path("me.username").entity(String.class).isEqualTo(ADMIN)
			.path("me.rep").valueIsNull();
	}

	@Test
	void browserSessionSignsInWithTheFormAndItsWritesNeedTheCsrfToken() {
		EntityExchangeResult<String> loginPage = anonymous().get().uri("/login").exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult();
		String csrf = cookie(loginPage, "XSRF-TOKEN").getValue();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", ADMIN);
		form.add("password", PASSWORD);
		EntityExchangeResult<byte[]> signedIn = anonymous().post().uri("/login")
			.cookie("XSRF-TOKEN", csrf)
			.header("X-XSRF-TOKEN", csrf)
			.body(BodyInserters.fromFormData(form)).exchange()
			.expectStatus().isFound()
			.expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith(":" + port() + "/"))
			.expectBody().returnResult();
		ResponseCookie session = cookie(signedIn, "JSESSIONID");
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualTo("Lax");

		// every POST with the session cookie needs the CSRF token: without it, refused
		anonymous().post().uri("/graphql").cookie("JSESSIONID", session.getValue())
			.contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY).exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.message").value(m -> assertThat((String) m).contains("X-XSRF-TOKEN"));
		Map<?, ?> token = anonymous().get().uri("/api/csrf").cookie("JSESSIONID", session.getValue()).exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		assertThat(token.get("headerName")).isEqualTo("X-XSRF-TOKEN");
		String value = (String) token.get("token");
		anonymous().post().uri("/graphql").cookie("JSESSIONID", session.getValue()).cookie("XSRF-TOKEN", value)
			.header("X-XSRF-TOKEN", value)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"mutation { upsertAccount(input: {id: \\\"acc-s\\\", name: \\\"Session Co\\\"}) { id } }\"}")
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.data.upsertAccount.id").isEqualTo("acc-s");
		anonymous().post().uri("/graphql").cookie("JSESSIONID", session.getValue()).cookie("XSRF-TOKEN", value)
			.header("X-XSRF-TOKEN", "forged")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"mutation { upsertAccount(input: {id: \\\"acc-t\\\", name: \\\"Forged Co\\\"}) { id } }\"}")
			.exchange()
			.expectStatus().isForbidden();
		assertThat(TestNeo4j.count("MATCH (a:Account) RETURN count(a)")).isEqualTo(1);

		// signing out ends the session
		anonymous().post().uri("/logout").cookie("JSESSIONID", session.getValue()).cookie("XSRF-TOKEN", value)
			.header("X-XSRF-TOKEN", value).exchange()
			.expectStatus().isFound();
		anonymous().get().uri("/api/csrf").cookie("JSESSIONID", session.getValue()).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void failedSignInsAreLimitedPerUserAndAddressThenAllowedAgain() {
		for (int i = 0; i < 5; i++) {
			anonymous().post().uri("/api/token").headers(h -> h.setBasicAuth(ADMIN, "wrong-password")).exchange()
				.expectStatus().isUnauthorized();
		}
		anonymous().post().uri("/api/token").headers(h -> h.setBasicAuth(ADMIN, PASSWORD)).exchange()
			.expectStatus().isEqualTo(429)
			.expectHeader().valueEquals("Retry-After", "300")
			.expectBody().jsonPath("$.message").value(m -> assertThat((String) m).contains("Too many failed sign-ins"));
		createUser("li.na", "REP", "rep-li");
		assertThat(signIn("li.na", PASSWORD)).as("another user from the same address").startsWith("gx_");
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(signIn(ADMIN, PASSWORD)).startsWith("gx_");

		this.graphQl.document("{ auditLog(username: \"test-admin\", first: 10) { totalCount edges { node { operation outcome } } } }")
			.execute()
			.path("auditLog.edges[*].node.outcome").entityList(String.class)
			.containsExactly("OK", "LOCKED_OUT", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS",
					"BAD_CREDENTIALS", "BAD_CREDENTIALS", "OK")
			.path("auditLog.edges[*].node.operation").entityList(String.class)
			.containsExactly("token", "signIn", "signIn", "signIn", "signIn", "signIn", "signIn", "token");
	}

	@Test
	void disabledUsersAndResetPasswordsStopOldCredentials() {
		String token = signIn(signedInUser(), PASSWORD);
		anonymous().post().uri("/graphql").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY).exchange().expectStatus().isOk().expectBody().jsonPath("$.data.me.username").isEqualTo("li.na");
		this.graphQl.document("mutation { resetPassword(username: \"li.na\", password: \"new-password-2\") { username } }")
			.execute().path("resetPassword.username").entity(String.class).isEqualTo("li.na");
		anonymous().post().uri("/graphql").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY).exchange().expectStatus().isUnauthorized();
		anonymous().post().uri("/api/token").headers(h -> h.setBasicAuth("li.na", PASSWORD)).exchange()
			.expectStatus().isUnauthorized();
		String fresh = signIn("li.na", "new-password-2");
		anonymous().post().uri("/graphql").headers(h -> h.setBearerAuth(fresh)).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY).exchange().expectStatus().isOk().expectBody().jsonPath("$.data.me.username").isEqualTo("li.na");
		this.graphQl.document("mutation { disableUser(username: \"li.na\") { disabled } }")
			.execute().path("disableUser.disabled").entity(Boolean.class).isEqualTo(true);
		anonymous().post().uri("/graphql").headers(h -> h.setBearerAuth(fresh)).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY).exchange().expectStatus().isUnauthorized();
		anonymous().post().uri("/api/token").headers(h -> h.setBasicAuth("li.na", "new-password-2")).exchange()
			.expectStatus().isUnauthorized();
	}

	private String signedInUser() {
		createUser("li.na", "REP", "rep-li");
		return "li.na";
	}

	private static ResponseCookie cookie(EntityExchangeResult<?> result, String name) {
		ResponseCookie cookie = result.getResponseCookies().getFirst(name);
		assertThat(cookie).as("cookie " + name).isNotNull();
		return cookie;
	}

}
