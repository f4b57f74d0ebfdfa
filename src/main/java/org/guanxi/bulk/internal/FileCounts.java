package org.guanxi.bulk.internal;

/**
 * What an import did with one file: rows read and rejected, rows created and updated, nodes and relationships
 * created, and the time spent on it.
 */
final class FileCounts {

	long read;

	long rejected;

	long created;

	long updated;

	long nodes;

	long relationships;

	long nanos;

	/** Forgets what was handed to the writer: nothing of it is kept. */
	void nothingWritten() {
		this.created = 0;
		this.updated = 0;
		this.nodes = 0;
		this.relationships = 0;
	}

}
