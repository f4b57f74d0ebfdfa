package org.guanxi.account;

import org.guanxi.core.NotFound;

/**
 * No deal has the given id.
 */
public class DealNotFound extends NotFound {

	public DealNotFound(String id) {
		super("Deal", id);
	}

}
