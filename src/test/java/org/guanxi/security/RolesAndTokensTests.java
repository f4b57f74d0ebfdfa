package org.guanxi.security;

import java.util.Map;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each role may call (FORBIDDEN naming the role needed, 403 for REST), API tokens (read-only, revoked,
 * expired), users managed by an admin, and the audit trail.
 */
class RolesAndTokensTests extends GraphQlTestBase {

	@BeforeEach
	void book() {
		TestNeo4j.run("""
				CREATE (:SalesRep {id: 'rep-li', name: 'Li Na', team: 'East'}),
				       (:SalesRep {id: 'rep-wu', name: 'Wu Gang', team: 'East'}),
				       (:Account {id: 'acc-1', name: 'First Co'})""");
	}

	@Test
	void eachRoleMayCallItsMutationsAndIsToldWhichRoleTheOthersNeed() {
		HttpGraphQlTester rep = signedInAs("li.na", "REP", "rep-li");
		HttpGraphQlTester manager = signedInAs("zhang.wei", "MANAGER", "rep-wu");

		forbidden(rep, "mutation { upsertSalesRep(input: {id: \"rep-x\", name: \"X\"}) { id } }",
				"upsertSalesRep needs role ADMIN; you are signed in as 'li.na' with role REP");
		forbidden(rep, "mutation { assignOwner(input: {repId: \"rep-li\", accountId: \"acc-1\"}) { id } }",
				"assignOwner needs role MANAGER or higher");
		forbidden(rep, "{ users { username } }", "users needs role ADMIN");
		forbidden(manager, "mutation { deleteAccount(id: \"acc-1\", cascade: true) { id } }",
				"deleteAccount with cascade: true needs role ADMIN");
		forbidden(manager, "mutation { createUser(input: {username: \"x.y\", password: \"long-enough\", role: ADMIN}) { username } }",
				"createUser needs role ADMIN");
		forbidden(manager, "{ auditLog { totalCount } }", "auditLog needs role ADMIN");
		assertThat(TestNeo4j.count("MATCH (r:SalesRep) RETURN count(r)")).isEqualTo(2);
		assertThat(TestNeo4j.count("MATCH (u:User) RETURN count(u)")).isEqualTo(3);
		assertThat(TestNeo4j.count("MATCH (a:Account) RETURN count(a)")).isEqualTo(1);

		manager.document("mutation { assignOwner(input: {repId: \"rep-li\", accountId: \"acc-1\"}) { owners { id } } }")
			.execute().path("assignOwner.owners[*].id").entityList(String.class).containsExactly("rep-li");
		rep.document("mutation { upsertAccount(input: {id: \"acc-1\", industry: \"Logistics\"}) { industry } }")
			.execute().path("upsertAccount.industry").entity(String.class).isEqualTo("Logistics");
		this.graphQl.document("mutation { deleteAccount(id: \"acc-1\", cascade: true) { id } }")
			.execute().path("deleteAccount.id").entity(String.class).isEqualTo("acc-1");
	}

	@Test
	void restRequestsAnswer403NamingTheRoleNeeded() {
		signedInAs("li.na", "REP", "rep-li");
		String token = signIn("li.na", PASSWORD);
		anonymous().get().uri("/export/people.csv").headers(h -> h.setBearerAuth(token)).exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.message").value(m -> assertThat((String) m).contains("needs role ADMIN"));
		anonymous().post().uri("/import").headers(h -> h.setBearerAuth(token))
			.contentType(MediaType.MULTIPART_FORM_DATA).exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.message").value(m -> assertThat((String) m).contains("POST /import needs role ADMIN"));
		anonymous().get().uri("/export/abc_analysis.csv").headers(h -> h.setBearerAuth(token)).exchange()
			.expectStatus().isOk();
		http().get().uri("/export/people.csv").exchange().expectStatus().isOk();
	}

	@Test
	void readOnlyRevokedAndExpiredTokens() {
		var created = this.graphQl.document("""
				mutation { createApiToken(input: {name: "dashboard", readOnly: true}) {
				  token apiToken { id name username readOnly expiresAt revoked } } }""").execute();
		String readOnly = created.path("createApiToken.token").entity(String.class).get();
		String id = created.path("createApiToken.apiToken.id").entity(String.class).get();
		created.path("createApiToken.apiToken.readOnly").entity(Boolean.class).isEqualTo(true)
			.path("createApiToken.apiToken.username").entity(String.class).isEqualTo(ADMIN)
			.path("createApiToken.apiToken.expiresAt").valueIsNull();
		HttpGraphQlTester dashboard = graphQlWith(readOnly);
		dashboard.document("{ account(id: \"acc-1\") { name } me { readOnly } }").execute()
			.path("account.name").entity(String.class).isEqualTo("First Co")
			.path("me.readOnly").entity(Boolean.class).isEqualTo(true);
		forbidden(dashboard, "mutation { upsertAccount(input: {id: \"acc-1\", name: \"Renamed\"}) { name } }",
				"this API token is read-only");
		assertThat(TestNeo4j.count("MATCH (a:Account {name: 'First Co'}) RETURN count(a)")).isEqualTo(1);

		this.graphQl.document("{ apiTokens { id name readOnly revoked } }").execute()
			.path("apiTokens[*].id").entityList(String.class).containsExactly(id)
			.path("apiTokens[0].name").entity(String.class).isEqualTo("dashboard");
		this.graphQl.document("mutation { revokeApiToken(id: \"" + id + "\") { revoked } }").execute()
			.path("revokeApiToken.revoked").entity(Boolean.class).isEqualTo(true);
		unauthorized(readOnly);

		// the test clock stands at 2026-11-23T10:00+08:00
		String expiring = this.graphQl.document("""
				mutation { createApiToken(input: {name: "one hour", expiresAt: "2026-11-23T11:00:00+08:00"}) { token } }""")
			.execute().path("createApiToken.token").entity(String.class).get();
		graphQlWith(expiring).document("{ me { username } }").execute()
			.path("me.username").entity(String.class).isEqualTo(ADMIN);
		this.clock.advance(java.time.Duration.ofMinutes(61));
		unauthorized(expiring);
		this.graphQl.document("mutation { createApiToken(input: {name: \"past\", expiresAt: \"2026-11-23T09:00:00+08:00\"}) { token } }")
			.execute().errors().satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("is not in the future");
			});
	}

	@Test
	void aRepSeesAndRevokesOnlyTheirOwnTokens() {
		HttpGraphQlTester rep = signedInAs("li.na", "REP", "rep-li");
		String adminTokenId = this.graphQl.document("mutation { createApiToken(input: {name: \"admin script\"}) { apiToken { id } } }")
			.execute().path("createApiToken.apiToken.id").entity(String.class).get();
		rep.document("mutation { createApiToken(input: {name: \"my phone\"}) { apiToken { username } } }").execute()
			.path("createApiToken.apiToken.username").entity(String.class).isEqualTo("li.na");
		rep.document("{ apiTokens { name } }").execute().path("apiTokens[*].name").entityList(String.class)
			.containsExactly("my phone");
		rep.document("mutation { revokeApiToken(id: \"" + adminTokenId + "\") { id } }").execute().errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND));
		assertThat(this.graphQl.document("{ apiTokens { name username } }").execute()
			.path("apiTokens[*].username").entityList(String.class).get()).containsExactlyInAnyOrder(ADMIN, "li.na");
	}

	@Test
	void adminsManageUsers() {
		this.graphQl.document("""
				mutation { createUser(input: {username: "wang.fang", password: "first-pass-1", role: REP, repId: "rep-li"}) {
				  username role disabled rep { id name } created lastSignIn } }""").execute()
			.path("createUser.role").entity(String.class).isEqualTo("REP")
			.path("createUser.rep.name").entity(String.class).isEqualTo("Li Na")
			.path("createUser.disabled").entity(Boolean.class).isEqualTo(false)
			.path("createUser.created").entity(String.class).isEqualTo("2026-11-23T10:00+08:00")
			.path("createUser.lastSignIn").valueIsNull();
		assertThat(TestNeo4j.count("MATCH (u:User {username: 'wang.fang'}) WHERE u.passwordHash STARTS WITH '{bcrypt}$2a$' RETURN count(u)"))
			.isEqualTo(1);
		graphQlWith(signIn("wang.fang", "first-pass-1")).document("{ me { role rep { id } } }").execute()
			.path("me.rep.id").entity(String.class).isEqualTo("rep-li");
		this.graphQl.document("mutation { updateUser(input: {username: \"wang.fang\", role: MANAGER, repId: \"rep-wu\"}) { role rep { id } } }")
			.execute()
			.path("updateUser.role").entity(String.class).isEqualTo("MANAGER")
			.path("updateUser.rep.id").entity(String.class).isEqualTo("rep-wu");
		this.graphQl.document("{ users { username role lastSignIn } }").execute()
			.path("users[*].username").entityList(String.class).containsExactly(ADMIN, "wang.fang")
			.path("users[1].lastSignIn").entity(String.class).isEqualTo("2026-11-23T10:00+08:00");

		badRequest("mutation { createUser(input: {username: \"Wang Fang\", password: \"first-pass-1\", role: REP}) { username } }",
				"username 'Wang Fang' is not valid");
		badRequest("mutation { createUser(input: {username: \"wang.fang\", password: \"first-pass-1\", role: REP}) { username } }",
				"already exists");
		badRequest("mutation { createUser(input: {username: \"zhou.jie\", password: \"short\", role: REP}) { username } }",
				"at least 8 characters");
		badRequest("mutation { createUser(input: {username: \"zhou.jie\", password: \"first-pass-1\", role: REP, repId: \"rep-nope\"}) { username } }",
				"no sales rep 'rep-nope'");
		badRequest("mutation { disableUser(username: \"test-admin\") { username } }", "last enabled ADMIN");
		assertThat(TestNeo4j.count("MATCH (u:User) RETURN count(u)")).isEqualTo(2);
	}

	@Test
	void theAuditTrailRecordsWhoChangedWhatAndWhatWasRefused() {
		HttpGraphQlTester rep = signedInAs("li.na", "REP", "rep-li");
		this.graphQl.document("mutation { upsertAccount(input: {id: \"acc-1\", industry: \"Logistics\", units: 40}) { id } }")
			.execute().path("upsertAccount.id").entity(String.class).isEqualTo("acc-1");
		rep.document("mutation { deleteSalesRep(id: \"rep-wu\") { id } }").execute().errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
		http().get().uri("/export/accounts.csv").exchange().expectStatus().isOk();

		var log = this.graphQl.document("""
				{ auditLog(first: 3) { totalCount edges { node { username operation ids fields outcome } } } }""")
			.execute();
		log.path("auditLog.edges[0].node").entity(Map.class).isEqualTo(Map.of("username", ADMIN, "operation", "export",
				"ids", java.util.List.of("accounts.csv"), "fields", java.util.List.of(), "outcome", "OK"));
		log.path("auditLog.edges[1].node").entity(Map.class).isEqualTo(Map.of("username", "li.na", "operation",
				"deleteSalesRep", "ids", java.util.List.of("rep-wu"), "fields", java.util.List.of(), "outcome", "FORBIDDEN"));
		log.path("auditLog.edges[2].node").entity(Map.class).isEqualTo(Map.of("username", ADMIN, "operation",
				"upsertAccount", "ids", java.util.List.of("acc-1"), "fields", java.util.List.of("id", "industry", "units"),
				"outcome", "OK"));
		// before them: the sign-ins of test-admin and li.na (operation token)
		log.path("auditLog.totalCount").entity(Integer.class).isEqualTo(5);
		this.graphQl.document("{ auditLog(username: \"li.na\") { edges { node { operation } } } }").execute()
			.path("auditLog.edges[*].node.operation").entityList(String.class).containsExactly("deleteSalesRep", "token");
		// a mutation refused by the service (not by the role) is recorded with its classification, not as OK
		this.graphQl.document("mutation { deleteDeal(id: \"deal-nope\") { id } }").execute().errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND));
		this.graphQl.document("{ auditLog(first: 1) { edges { node { operation ids outcome } } } }").execute()
			.path("auditLog.edges[0].node").entity(Map.class)
			.isEqualTo(Map.of("operation", "deleteDeal", "ids", java.util.List.of("deal-nope"), "outcome", "NOT_FOUND"));
	}

	private static void forbidden(HttpGraphQlTester client, String document, String message) {
		client.document(document).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
			assertThat(errors.get(0).getMessage()).contains(message);
		});
	}

	private void badRequest(String document, String message) {
		this.graphQl.document(document).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(errors.get(0).getMessage()).contains(message);
		});
	}

	private void unauthorized(String token) {
		anonymous().post().uri("/graphql").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ me { username } }\"}").exchange().expectStatus().isUnauthorized();
	}

}
