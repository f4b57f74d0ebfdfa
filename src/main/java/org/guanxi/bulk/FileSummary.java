package org.guanxi.bulk;

/**
 * What the import did with one file.
 *
 * @param file the file name
 * @param rowsRead data rows read (header excluded)
 * @param created rows that created a node or tie
 * @param updated rows that changed an existing node or tie
 * @param unchanged rows that matched what was stored already
 * @param rejected rows with errors (not written)
 * @param nodesCreated nodes created
 * @param relationshipsCreated relationships created (ties, WORKS_AT, FOR, LOGGED, WITH)
 * @param millis time spent on this file, validation and writing
 */
public record FileSummary(String file, long rowsRead, long created, long updated, long unchanged, long rejected,
		long nodesCreated, long relationshipsCreated, long millis) {

	/** Rows per second for this file. */
	public double rowsPerSecond() {
		return this.millis == 0 ? this.rowsRead * 1000.0 : this.rowsRead * 1000.0 / this.millis;
	}

}
