package org.guanxi.graph;

import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes the Neo4j driver's logging through SLF4J. The driver's default (System.Logger) logging formats every
 * Bolt message, parameters included, even when debug logging is off, which costs more than the query itself
 * for large parameter lists such as bulk-import batches; the SLF4J logger checks the level first.
 */
@Configuration(proxyBeanMethods = false)
class DriverLoggingConfiguration {

	@Bean
	ConfigBuilderCustomizer slf4jDriverLogging() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

}
