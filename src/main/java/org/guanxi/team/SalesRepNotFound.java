package org.guanxi.team;

import org.guanxi.core.NotFound;

/**
 * No sales rep has the given id.
 */
public class SalesRepNotFound extends NotFound {

	public SalesRepNotFound(String id) {
		super("SalesRep", id);
	}

}
