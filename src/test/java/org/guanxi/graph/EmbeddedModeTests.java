package org.guanxi.graph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.guanxi.GuanxiApplication;
import org.guanxi.account.AccountInput;
import org.guanxi.account.AccountService;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.guanxi.security.Role;
import org.guanxi.security.UserService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default runtime shape: an embedded, persistent Neo4j with the demo data on first start.
 */
class EmbeddedModeTests {

	@Test
	void loadsDemoDataOnceAndKeepsChangesAcrossRestarts() throws IOException {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "embedded-");
		long demoAccounts;
		try (ConfigurableApplicationContext app = start(dataDir, "127.0.0.1:0")) {
			EmbeddedNeo4j neo4j = app.getBean(EmbeddedNeo4j.class);
			assertThat(neo4j.boltUri().getPort()).isPositive();
			demoAccounts = count(app, "MATCH (a:Account) RETURN count(a)");
			assertThat(demoAccounts).isGreaterThanOrEqualTo(12);
			assertThat(count(app, "MATCH (p:Person) UNWIND p.buyingRoles AS role RETURN count(DISTINCT role)"))
				.isEqualTo(6);
			assertThat(count(app, "MATCH (r:SalesRep) RETURN count(r)")).isEqualTo(3);
			assertThat(count(app, "MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(TestNeo4j.schemaMigrationFiles());
			assertNeo4jNeedsTheGeneratedPassword(neo4j, dataDir);
			assertFirstAdminPasswordIsInAnOwnerOnlyFile(app, dataDir);
			app.getBean(AccountService.class)
				.upsert(new AccountInput("acc-restart", "重启 Restart Co", null, null, null, 3, null, null, null, null,
						null, null, null, null));
		}
		try (ConfigurableApplicationContext app = start(dataDir, "127.0.0.1:0")) {
			assertThat(count(app, "MATCH (a:Account {id: 'acc-restart'}) RETURN count(a)")).isEqualTo(1);
			assertThat(app.getBean(AccountService.class).get("acc-restart").name()).isEqualTo("重启 Restart Co");
			assertThat(count(app, "MATCH (a:Account) RETURN count(a)")).isEqualTo(demoAccounts + 1);
			assertThat(count(app, "MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(TestNeo4j.schemaMigrationFiles());
			assertThat(count(app, "MATCH (u:User) RETURN count(u)")).as("admin is created on first start only")
				.isEqualTo(1);
		}
	}

	private static void assertNeo4jNeedsTheGeneratedPassword(EmbeddedNeo4j neo4j, Path dataDir) throws IOException {
		Path file = dataDir.resolve("neo4j-password");
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		String password = Files.readString(file).trim();
		assertThat(password).hasSize(24);
		try (Driver noPassword = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			assertThatThrownBy(noPassword::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
		try (Driver wrong = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
		try (Driver right = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", password));
				var session = right.session()) {
			assertThat(session.run("MATCH (a:Account) RETURN count(a) > 0").single().get(0).asBoolean()).isTrue();
		}
	}

	private static void assertFirstAdminPasswordIsInAnOwnerOnlyFile(ConfigurableApplicationContext app, Path dataDir)
			throws IOException {
		Path file = dataDir.resolve("initial-admin-password");
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		String password = Files.readString(file).trim();
		assertThat(app.getBean(UserService.class).check("admin", password)).get()
			.satisfies(admin -> assertThat(admin.role()).isEqualTo(Role.ADMIN));
		assertThat(app.getBean(UserService.class).check("admin", password + "x")).isEmpty();
	}

	@Test
	void takenBoltPortStopsStartWithTheSettingToChange() throws IOException {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "embedded-");
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			String address = "127.0.0.1:" + taken.getLocalPort();
			assertThatThrownBy(() -> start(dataDir, address).close()).rootCause()
				.isInstanceOf(EmbeddedNeo4jStartFailed.class)
				.hasMessageContaining(address + " is already in use")
				.hasMessageContaining("guanxi.embedded.bolt-address");
		}
	}

	@Test
	void unusableDataDirectoryStopsStartWithTheSettingToChange() throws IOException {
		Path notADirectory = Files.createTempFile(Path.of("target"), "not-a-dir-", ".txt");
		assertThatThrownBy(() -> start(notADirectory, "127.0.0.1:0").close()).rootCause()
			.isInstanceOf(EmbeddedNeo4jStartFailed.class)
			.hasMessageContaining("guanxi.embedded.data-dir");
	}

	private static ConfigurableApplicationContext start(Path dataDir, String boltAddress) {
		return new SpringApplicationBuilder(GuanxiApplication.class).web(WebApplicationType.NONE)
			.properties("guanxi.embedded.data-dir=" + dataDir, "guanxi.embedded.bolt-address=" + boltAddress,
					"guanxi.embedded.page-cache=32m", "spring.main.banner-mode=off")
			.run();
	}

	private static long count(ConfigurableApplicationContext app, String cypher) {
		try (var session = app.getBean(Driver.class).session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

}
