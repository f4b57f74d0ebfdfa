package org.guanxi.core;

import java.util.Collection;
import java.util.Map;

import org.neo4j.driver.QueryRunner;

/**
 * Records relationship-class history for writers that run their own driver transactions (the bulk import): the
 * same rules as every other write, in the writer's transaction.
 */
public interface HistoryRecorder {

	/**
	 * Before a write changes what the classes of these people (and of the people of these accounts) depend on:
	 * records the changes time alone brought about until now.
	 */
	void beforeWrite(QueryRunner tx, Collection<String> accountIds, Collection<String> personIds);

	/** After the write, in its transaction: records each class it changed, now, with the cause given. */
	void afterWrite(QueryRunner tx, Collection<String> accountIds, Collection<String> personIds, Text cause);

	/**
	 * The history entry a write records for a person when only these halves are met by evidence and nothing else
	 * is known of them yet (no assessment, no class recorded before): its properties {@code from}, {@code to},
	 * {@code cause}, {@code causeKey} and {@code causeArgs}; null when the class stays OUTSIDER. For writers that
	 * record it for many people at once (the initial load).
	 */
	Map<String, Object> firstEntry(boolean organisationMet, boolean personalMet, Text cause);

}
