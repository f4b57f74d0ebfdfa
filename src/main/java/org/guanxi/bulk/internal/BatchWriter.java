package org.guanxi.bulk.internal;

import java.util.List;
import java.util.Map;

/**
 * Writes one batch of rows with a named query, in one transaction.
 */
@FunctionalInterface
public interface BatchWriter {

	/** What a batch did. */
	record Result(long created, long updated, long nodesCreated, long relationshipsCreated) {
	}

	Result write(String query, List<Map<String, Object>> rows);

}
