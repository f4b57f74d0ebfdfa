package org.guanxi.bulk;

/**
 * Told of the import's progress (for progress bars); called on the importing thread.
 */
@FunctionalInterface
public interface ImportListener {

	ImportListener NONE = (file, phase, rows) -> {
	};

	/**
	 * A batch of rows of a file was validated (phase "validate") or written and committed (phase "write").
	 * @param file the file
	 * @param phase "validate" or "write"
	 * @param rowsDone rows of this file done so far in this phase
	 */
	void progress(BulkFile file, String phase, long rowsDone);

}
