package org.guanxi.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JWTs of a company identity provider, here a local JWK set with a test key, as bearer tokens.
 */
class CompanySignOnTests extends GraphQlTestBase {

	private static final RSAKey KEY = key("company-key");

	private static final RSAKey OTHER_KEY = key("company-key");

	private static HttpServer jwks;

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		registry.add("guanxi.security.jwt.jwk-set-uri", () -> "http://127.0.0.1:" + jwkServer().getAddress().getPort() + "/jwks");
		registry.add("guanxi.security.jwt.roles.sales-lead", () -> "MANAGER");
	}

	@BeforeEach
	void rep() {
		TestNeo4j.run("CREATE (:SalesRep {id: 'rep-li', name: 'Li Na', team: 'East'})");
	}

	@Test
	void aJwtOfTheIdentityProviderSignsInWithTheMappedClaims() {
		graphQlWith(jwt(KEY, "sso.li", "REP", "rep-li", Instant.now().plusSeconds(600)))
			.documentName("me")
			.execute()
			.path("me.username").entity(String.class).isEqualTo("sso.li")
			.path("me.role").entity(String.class).isEqualTo("REP")
			.path("me.rep.team").entity(String.class).isEqualTo("East");
		graphQlWith(jwt(KEY, "sso.li", "REP", "rep-li", Instant.now().plusSeconds(600)))
			.documentName("upsertSalesRep")
			.variable("input", Map.of("id", "rep-x", "name", "X"))
			.execute().errors().satisfy(errors -> {
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
				assertThat(errors.get(0).getMessage()).contains("needs role ADMIN");
			});
		graphQlWith(jwt(KEY, "sso.zhang", List.of("employee", "sales-lead"), null, Instant.now().plusSeconds(600)))
			.documentName("me")
			.execute()
			.path("me.role").entity(String.class).isEqualTo("MANAGER")
			.path("me.rep").valueIsNull();
	}

	@Test
	void foreignExpiredAndRolelessJwtsAreRefused() {
		unauthorized(jwt(OTHER_KEY, "sso.li", "ADMIN", null, Instant.now().plusSeconds(600)));
		unauthorized(jwt(KEY, "sso.li", "ADMIN", null, Instant.now().minusSeconds(600)));
		unauthorized(jwt(KEY, "sso.li", List.of("employee"), null, Instant.now().plusSeconds(600)));
		this.graphQl.documentName("me").execute().path("me.username").entity(String.class).isEqualTo(ADMIN);
	}

	private void unauthorized(String token) {
		anonymous().post().uri("/graphql").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ me { username } }\"}").exchange().expectStatus().isUnauthorized();
	}

	private static String jwt(RSAKey key, String username, Object role, String rep, Instant expires) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("id-" + username)
			.claim("preferred_username", username)
			.claim("guanxi_role", role)
			.issueTime(Date.from(Instant.now().minusSeconds(60)))
			.expirationTime(Date.from(expires));
		if (rep != null) {
			claims.claim("guanxi_rep", rep);
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static synchronized HttpServer jwkServer() {
		if (jwks == null) {
			try {
				jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			jwks.createContext("/jwks", exchange -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			jwks.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> jwks.stop(0)));
		}
		return jwks;
	}

	private static RSAKey key(String id) {
		try {
			return new RSAKeyGenerator(2048).keyID(id).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
