package org.guanxi.graph;

import java.util.List;

import org.guanxi.core.HistoryRecorder;
import org.guanxi.core.Text;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;

/**
 * Loads the demo key-account book ({@code cypher/demo/demo-data.cypher}) into an empty database, in one
 * transaction, with the relationship class of every person recorded in it.
 */
public class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Driver driver;

	private final Resource script;

	private final HistoryRecorder history;

	/**
	 * @param history records the relationship classes of the people loaded, in the loading transaction; null to
	 * record none
	 */
	public DemoData(Driver driver, Resource script, HistoryRecorder history) {
		this.driver = driver;
		this.script = script;
		this.history = history;
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
			try (Transaction tx = session.beginTransaction()) {
				statements.forEach(statement -> tx.run(statement).consume());
				if (this.history != null) {
					List<String> people = tx.run(SchemaMigrator.graphQuery("personIds")).list(r -> r.get("id").asString());
					this.history.afterWrite(tx, List.of(), people, Text.of("cause.demoLoaded"));
				}
				tx.commit();
			}
			log.info("Loaded the demo data set ({} statements)", statements.size());
			return true;
		}
	}

}
