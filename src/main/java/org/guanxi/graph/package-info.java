/**
 * Neo4j plumbing (the store, not the domain): embedded server, driver wiring, schema migrations, Cypher loading and demo data.
 */
package org.guanxi.graph;
