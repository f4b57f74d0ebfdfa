package org.guanxi.graph;

import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import org.springframework.core.io.ClassPathResource;

import static org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

/**
 * The files of the embedded database while Guanxi is not running on them: where Neo4j keeps them under the data
 * folder ({@code guanxi.embedded.data-dir}, the DBMS's home, laid out as {@link EmbeddedNeo4j} lays it out), and
 * what they hold.
 */
public final class EmbeddedStore {

	private final Path home;

	public EmbeddedStore(Path dataDir) {
		this.home = dataDir.toAbsolutePath().normalize();
	}

	/** The data folder: the home of the embedded DBMS. */
	public Path home() {
		return this.home;
	}

	/** Whether the database {@code neo4j} was ever created here. */
	public boolean exists() {
		return Files.isDirectory(this.home.resolve("data").resolve("databases").resolve(DEFAULT_DATABASE_NAME));
	}

	/**
	 * How many nodes the database holds besides the schema's bookkeeping: starts the DBMS without any connector
	 * for the count and stops it. 0 when the database was never created.
	 * @throws StoreInUse when another process (a running Guanxi) has the files open
	 */
	public long nodesBesidesSchema() {
		if (!exists()) {
			return 0;
		}
		DatabaseManagementService dbms;
		try {
			dbms = new DatabaseManagementServiceBuilder(this.home).setConfig(BoltConnector.enabled, false)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				.build();
		}
		catch (RuntimeException ex) {
			throw inUse(ex);
		}
		try {
			String query = CypherScript.query(new ClassPathResource("cypher/bulk/storeIsEmpty.cypher"));
			return dbms.database(DEFAULT_DATABASE_NAME)
				.executeTransactionally(query, java.util.Map.of(), result -> (Long) result.next().get("nodes"));
		}
		catch (RuntimeException ex) {
			throw inUse(ex);
		}
		finally {
			dbms.shutdown();
		}
	}

	private RuntimeException inUse(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.contains("Lock") || String.valueOf(cause.getMessage()).contains("lock")) {
				return new StoreInUse(this.home);
			}
		}
		return ex;
	}

	/** Another process has the database files open. */
	public static final class StoreInUse extends RuntimeException {

		StoreInUse(Path home) {
			super("the database in " + home + " is in use by another process");
		}

	}

}
