package org.guanxi.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.guanxi.GuanxiApplication;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar guanxi.jar user add|list|reset-password}, against the test database; the users it makes sign
 * in over HTTP.
 */
class UserCommandsTests extends GraphQlTestBase {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void rep() {
		TestNeo4j.run("CREATE (:SalesRep {id: 'rep-li-na', name: 'Li Na', team: 'East'})");
	}

	@Test
	void addListAndResetPasswordWithThePasswordFromStandardInput() {
		assertThat(run("cli-password-1\n", "user", "add", "--username", "li.na", "--role", "REP", "--rep", "rep-li-na"))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Created li.na (REP, rep rep-li-na)");
		graphQlWith(signIn("li.na", "cli-password-1")).documentName("me").execute()
			.path("me.role").entity(String.class).isEqualTo("REP")
			.path("me.rep.id").entity(String.class).isEqualTo("rep-li-na");

		assertThat(run("", "user", "list")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).containsPattern("li\\.na +REP +rep-li-na +false +20")
			.containsPattern("test-admin +ADMIN +- +false");

		assertThat(run("cli-password-2\n", "user", "reset-password", "--username", "li.na")).isZero();
		assertThat(signIn("li.na", "cli-password-2")).startsWith("gx_");
		anonymous().post().uri("/api/token").headers(h -> h.setBasicAuth("li.na", "cli-password-1")).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void refusesPasswordsOnTheCommandLineUnknownRepsAndWeakPasswords() {
		assertThat(run("", "user", "add", "--username", "li.na", "--role", "REP", "--password", "secret-123")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Passwords are not taken from the command line");
		assertThat(run("cli-password-1\n", "user", "add", "--username", "li.na", "--role", "REP", "--rep", "rep-nope"))
			.isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("no sales rep 'rep-nope'");
		assertThat(run("short\n", "user", "add", "--username", "li.na", "--role", "REP")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("at least 8 characters");
		assertThat(run("", "user", "add", "--username", "li.na", "--role", "BOSS")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--role must be ADMIN, MANAGER or REP");
		assertThat(TestNeo4j.count("MATCH (u:User {username: 'li.na'}) RETURN count(u)")).isZero();
	}

	private int run(String stdin, String... args) {
		this.out.reset();
		this.err.reset();
		String[] all = new String[args.length + 2];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--spring.neo4j.uri=" + TestNeo4j.boltUri();
		all[args.length + 1] = "--guanxi.embedded.enabled=false";
		return UserCommands.run(GuanxiApplication.class, all,
				new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(this.out, true, StandardCharsets.UTF_8), new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
