package org.guanxi.graph;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Neo4j DBMS ({@code guanxi.embedded.*}).
 *
 * @param enabled whether to start an embedded DBMS; when unset it starts unless a Neo4j URI is configured
 * @param dataDir where the database files live
 * @param boltAddress host:port of the Bolt connector; port 0 picks a free port
 * @param pageCache page cache size, e.g. 512m
 * @param transactionHeap maximum memory of all running transactions, e.g. 256m (0 = unlimited)
 * @param transactionTimeout the longest a transaction may run before the database stops it (by default the
 * GraphQL request time limit, {@code guanxi.graphql.timeout})
 * @param password the password of the DBMS user {@code neo4j} (at least 8 characters); when unset, one is
 * generated on first start into {@code <data-dir>/neo4j-password} (owner-only) and read from there afterwards
 */
@ConfigurationProperties("guanxi.embedded")
public record EmbeddedNeo4jProperties(Boolean enabled, @DefaultValue("./data") Path dataDir,
		@DefaultValue("127.0.0.1:7687") String boltAddress, @DefaultValue("512m") String pageCache,
		@DefaultValue("0") String transactionHeap, @DefaultValue("30s") Duration transactionTimeout,
		String password) {
}
