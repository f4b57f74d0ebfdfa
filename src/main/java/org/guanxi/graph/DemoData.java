package org.guanxi.graph;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;

/**
 * Loads the demo key-account book ({@code cypher/demo/demo-data.cypher}) into an empty database, in one
 * transaction.
 */
public class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Driver driver;

	private final Resource script;

	public DemoData(Driver driver, Resource script) {
		this.driver = driver;
		this.script = script;
	}

	/** Loads the demo data when the database holds no data yet; returns whether it did. */
	public boolean loadIfEmpty() {
		try (Session session = this.driver.session()) {
			boolean empty = session.run(SchemaMigrator.graphQuery("isEmpty"))
				.single()
				.get("empty")
				.asBoolean();
			if (!empty) {
				return false;
			}
			List<String> statements = CypherScript.statements(this.script);
			session.executeWriteWithoutResult(tx -> statements.forEach(statement -> tx.run(statement).consume()));
			log.info("Loaded the demo data set ({} statements)", statements.size());
			return true;
		}
	}

}
