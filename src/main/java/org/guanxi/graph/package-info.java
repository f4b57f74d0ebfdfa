/**
 * The graph store: embedded Neo4j server, driver wiring, schema migrations, Cypher loading and demo data.
 */
package org.guanxi.graph;
