package org.guanxi.api;

import java.util.stream.Collectors;

import org.guanxi.core.ReadyNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
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

	private final ObjectProvider<ReadyNote> notes;

	StartupReport(Neo4jConnectionDetails neo4j, Environment environment, ObjectProvider<ReadyNote> notes) {
		this.neo4j = neo4j;
		this.environment = environment;
		this.notes = notes;
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
				  Sign in:  {}/login, or POST {}/api/token with HTTP Basic for a bearer token
				  Bolt:     {}{}""", base, this.environment.getProperty("spring.graphql.http.path", "/graphql"), base,
				this.environment.getProperty("spring.graphql.graphiql.path", "/graphiql"), base, base, this.neo4j.getUri(),
				this.notes.orderedStream().flatMap(note -> note.readyLines().stream()).map(line -> "\n  " + line)
					.collect(Collectors.joining()));
	}

}
