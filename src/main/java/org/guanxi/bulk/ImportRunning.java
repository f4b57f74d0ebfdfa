package org.guanxi.bulk;

import java.time.OffsetDateTime;

import org.guanxi.core.InvalidInput;

/**
 * Another import is writing to the same database (over HTTP or from the command line): one at a time.
 */
public class ImportRunning extends InvalidInput {

	public ImportRunning(OffsetDateTime startedAt) {
		super("error.importRunning", String.valueOf(startedAt));
	}

}
