package org.guanxi.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Logging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How the Neo4j driver, Spring Data Neo4j's client and its transaction manager are set up beyond Spring Boot's
 * {@code spring.neo4j.*} settings.
 * <p>
 * Logging goes through SLF4J. The driver's default (System.Logger) logging formats every
 * Bolt message, parameters included, even when debug logging is off, which costs more than the query itself
 * for large parameter lists such as bulk-import batches; the SLF4J logger checks the level first.
 * <p>
 * Bookmarks (which make a transaction wait until the server has seen the previous ones) are only kept with a
 * routing URI ({@code neo4j://}), where reads may go to another server of a cluster. With one server (the embedded
 * database or a {@code bolt://} URI) every transaction already sees every committed one, and keeping bookmarks
 * only costs: Spring Data Neo4j's default bookmark manager locks, copies and publishes an application event on
 * every commit, and each transaction sends the bookmarks back to the server to be checked.
 */
@Configuration(proxyBeanMethods = false)
class DriverConfiguration {

	/**
	 * Records the server sends per request while a result is read (the driver's default is 1,000). Reports of
	 * the whole book (ABC analysis, overdue accounts, exports) read tens of thousands of rows; fewer round trips
	 * make them measurably faster, and a result never holds more than this many records in memory.
	 */
	static final int FETCH_SIZE = 10_000;

	@Bean
	ConfigBuilderCustomizer driverSetup() {
		return builder -> builder.withLogging(Logging.slf4j()).withFetchSize(FETCH_SIZE);
	}

	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager(Neo4jConnectionDetails connection) {
		return routing(connection) ? Neo4jBookmarkManager.create() : Neo4jBookmarkManager.noop();
	}

	@Bean
	Neo4jClient neo4jClient(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks) {
		return Neo4jClient.with(driver)
			.withDatabaseSelectionProvider(databases)
			.withNeo4jBookmarkManager(bookmarks)
			.build();
	}

	/**
	 * With one server, read-only service methods that no transaction surrounds run their queries without a
	 * transaction of their own ({@link SingleServerReads}); with a routing URI, in read transactions.
	 */
	@Bean
	PlatformTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
			Neo4jBookmarkManager bookmarks, Neo4jConnectionDetails connection,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		Neo4jTransactionManager manager = Neo4jTransactionManager.with(driver)
			.withDatabaseSelectionProvider(databases)
			.withBookmarkManager(bookmarks)
			.build();
		customizers.ifAvailable(c -> c.customize(manager));
		return routing(connection) ? manager : new SingleServerReads(manager);
	}

	static boolean routing(Neo4jConnectionDetails connection) {
		return connection.getUri() != null && connection.getUri().getScheme() != null
				&& connection.getUri().getScheme().startsWith("neo4j");
	}

}
