package org.guanxi.graph;

import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the Neo4j driver is set up beyond Spring Boot's {@code spring.neo4j.*} settings.
 * <p>
 * Logging goes through SLF4J. The driver's default (System.Logger) logging formats every
 * Bolt message, parameters included, even when debug logging is off, which costs more than the query itself
 * for large parameter lists such as bulk-import batches; the SLF4J logger checks the level first.
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

}
