package org.guanxi.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells where Guanxi can be reached once it is ready.
 */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final Neo4jConnectionDetails neo4j;

	private final Environment environment;

	StartupReport(Neo4jConnectionDetails neo4j, Environment environment) {
		this.neo4j = neo4j;
		this.environment = environment;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		String base = "http://localhost:" + web.getWebServer().getPort();
		log.info("""

				Guanxi is ready.
				  GraphQL:  {}{}
				  GraphiQL: {}{}
				  Bolt:     {}""", base, this.environment.getProperty("spring.graphql.http.path", "/graphql"), base,
				this.environment.getProperty("spring.graphql.graphiql.path", "/graphiql"), this.neo4j.getUri());
	}

}
