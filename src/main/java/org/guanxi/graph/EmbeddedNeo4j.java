package org.guanxi.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
import static org.neo4j.configuration.GraphDatabaseSettings.SYSTEM_DATABASE_NAME;

/**
 * An in-process Neo4j DBMS with its Bolt connector open, so that the application (and any Bolt
 * client such as Neo4j Browser or cypher-shell) talks to it exactly as to an external server. Bolt clients
 * must authenticate as {@code neo4j} with the configured or generated password.
 */
public class EmbeddedNeo4j {

	/** The file in the data directory holding the generated password of the DBMS user {@code neo4j}. */
	public static final String PASSWORD_FILE = "neo4j-password";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final EmbeddedNeo4jProperties properties;

	private DatabaseManagementService dbms;

	private final List<DatabaseChanges> followers = new ArrayList<>();

	private URI boltUri;

	private String password;

	private Path passwordFile;

	public EmbeddedNeo4j(EmbeddedNeo4jProperties properties) {
		this.properties = properties;
	}

	public synchronized void start() {
		if (this.dbms != null) {
			return;
		}
		Path home = prepareDataDirectory(this.properties.dataDir());
		resolvePassword(home);
		SocketAddress bolt = parseBoltAddress(this.properties.boltAddress());
		checkPortFree(bolt);
		try {
			this.dbms = new DatabaseManagementServiceBuilder(home)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, bolt)
				.setConfig(BoltConnector.advertised_address, bolt)
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				.setConfig(GraphDatabaseSettings.pagecache_memory, bytes("page-cache", this.properties.pageCache()))
				.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
						bytes("transaction-heap", this.properties.transactionHeap()))
				.setConfig(GraphDatabaseSettings.transaction_timeout, this.properties.transactionTimeout())
				.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
				.build();
		}
		catch (RuntimeException ex) {
			throw translate(ex, bolt);
		}
		setPassword();
		this.followers.forEach(f -> this.dbms.registerTransactionEventListener(DEFAULT_DATABASE_NAME, f.listener()));
		GraphDatabaseAPI db = (GraphDatabaseAPI) this.dbms.database(DEFAULT_DATABASE_NAME);
		var address = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		this.boltUri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
		log.info("Embedded Neo4j started: data in {}, Bolt at {}", home.toAbsolutePath().normalize(), this.boltUri);
	}

	/** The database of that name (the queries of read-only scopes, {@link EmbeddedReads}); started first. */
	GraphDatabaseService database(String name) {
		DatabaseManagementService started = this.dbms;
		if (started == null) {
			throw new IllegalStateException("The embedded Neo4j is not started");
		}
		return started.database(name);
	}

	public synchronized void stop() {
		if (this.dbms != null) {
			log.info("Stopping embedded Neo4j");
			this.dbms.shutdown();
			this.dbms = null;
		}
	}

	/**
	 * Feeds {@code changes} with every commit of Guanxi's database from now on (and after each start).
	 */
	public synchronized void follow(DatabaseChanges changes) {
		this.followers.add(changes);
		if (this.dbms != null) {
			this.dbms.registerTransactionEventListener(DEFAULT_DATABASE_NAME, changes.listener());
		}
	}

	/** The folder of the DBMS's files. */
	public Path dataDir() {
		return this.properties.dataDir().toAbsolutePath().normalize();
	}

	/** Bytes of all files under the data folder (stores, transaction logs, indexes); 0 if not readable. */
	public long storeSizeBytes() {
		try (Stream<Path> files = Files.walk(dataDir())) {
			return files.filter(Files::isRegularFile).mapToLong(EmbeddedNeo4j::size).sum();
		}
		catch (IOException | UncheckedIOException ex) {
			return 0;
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/** The password of the DBMS user {@code neo4j}. */
	public String password() {
		if (this.password == null) {
			throw new IllegalStateException("The embedded Neo4j is not started");
		}
		return this.password;
	}

	/** Where the generated password is kept, or null when it comes from {@code guanxi.embedded.password}. */
	public Path passwordFile() {
		return this.passwordFile;
	}

	private void resolvePassword(Path home) {
		String configured = this.properties.password();
		if (configured != null && !configured.isBlank()) {
			if (configured.length() < 8) {
				throw new EmbeddedNeo4jStartFailed("guanxi.embedded.password",
						"the password is too short: Neo4j needs at least 8 characters");
			}
			this.password = configured;
			this.passwordFile = null;
			return;
		}
		Path file = home.resolve(PASSWORD_FILE).toAbsolutePath().normalize();
		this.passwordFile = file;
		this.password = SecretFile.read(file).filter(p -> !p.isBlank()).orElseGet(() -> {
			String generated = SecretFile.randomPassword();
			SecretFile.write(file, generated);
			return generated;
		});
	}

	/** Gives the DBMS user neo4j the password (the embedded API itself needs none). */
	private void setPassword() {
		try {
			this.dbms.database(SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", this.password));
		}
		catch (RuntimeException ex) {
			if (!String.valueOf(ex.getMessage()).contains("Old password and new password cannot be the same")) {
				throw ex;
			}
		}
	}

	/** The Bolt URI the DBMS really listens on (the real port when port 0 was asked for). */
	public URI boltUri() {
		if (this.boltUri == null) {
			throw new IllegalStateException("The embedded Neo4j is not started");
		}
		return this.boltUri;
	}

	private static Path prepareDataDirectory(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException | SecurityException ex) {
			throw new EmbeddedNeo4jStartFailed("guanxi.embedded.data-dir",
					"cannot create the data directory " + dataDir.toAbsolutePath().normalize() + " (" + ex + ")");
		}
		if (!Files.isDirectory(dataDir) || !Files.isWritable(dataDir)) {
			throw new EmbeddedNeo4jStartFailed("guanxi.embedded.data-dir",
					"the data directory " + dataDir.toAbsolutePath().normalize() + " is not a writable directory");
		}
		return dataDir;
	}

	private static SocketAddress parseBoltAddress(String value) {
		int colon = value.lastIndexOf(':');
		try {
			String host = colon > 0 ? value.substring(0, colon) : "127.0.0.1";
			int port = Integer.parseInt(value.substring(colon + 1).trim());
			if (port < 0 || port > 65535) {
				throw new NumberFormatException();
			}
			return new SocketAddress(host, port);
		}
		catch (RuntimeException ex) {
			throw new EmbeddedNeo4jStartFailed("guanxi.embedded.bolt-address",
					"'" + value + "' is not a host:port address (e.g. 127.0.0.1:7687, or 127.0.0.1:0 for any free port)");
		}
	}

	private static void checkPortFree(SocketAddress bolt) {
		if (bolt.getPort() == 0) {
			return;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(bolt.getHostname()), bolt.getPort()));
		}
		catch (IOException ex) {
			throw portTaken(bolt);
		}
	}

	private static EmbeddedNeo4jStartFailed portTaken(SocketAddress bolt) {
		return new EmbeddedNeo4jStartFailed("guanxi.embedded.bolt-address",
				"the Bolt address " + bolt + " is already in use (another Neo4j or Guanxi running?)");
	}

	private static long bytes(String setting, String value) {
		try {
			return ByteUnit.parse(value.trim());
		}
		catch (RuntimeException ex) {
			throw new EmbeddedNeo4jStartFailed("guanxi.embedded." + setting,
					"'" + value + "' is not a memory size (e.g. 512m, 2g)");
		}
	}

	private static RuntimeException translate(RuntimeException ex, SocketAddress bolt) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException || cause.getClass().getSimpleName().equals("PortBindException")) {
				return portTaken(bolt);
			}
			if (cause instanceof java.nio.file.AccessDeniedException) {
				return new EmbeddedNeo4jStartFailed("guanxi.embedded.data-dir",
						"the data directory is not writable: " + cause.getMessage());
			}
		}
		return ex;
	}

}
