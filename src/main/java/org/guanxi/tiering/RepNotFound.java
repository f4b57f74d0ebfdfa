package org.guanxi.tiering;

import org.guanxi.core.NotFound;

/**
 * No sales rep has the id a report was filtered by.
 */
public class RepNotFound extends NotFound {

	public RepNotFound(String id) {
		super("SalesRep", id);
	}

}
