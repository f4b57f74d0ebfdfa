package org.guanxi.graph;

import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The Neo4j DBMS running in this process (the embedded one), whose databases the queries of read-only scopes read
 * directly instead of through Bolt ({@link EmbeddedReads}). There is none with an external database, or with
 * {@code guanxi.embedded.direct-reads=false}.
 */
@FunctionalInterface
public interface InProcessDatabase {

	/** The property that turns the direct reads off ({@code false}); on by default. */
	String DIRECT_READS = "guanxi.embedded.direct-reads";

	/** The database of that name, started. */
	GraphDatabaseService database(String name);

}
