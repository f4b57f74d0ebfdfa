package org.guanxi.activity;

import org.guanxi.core.NotFound;

/**
 * The contact of an interaction does not exist: no person has the id.
 */
public class ContactNotFound extends NotFound {

	public ContactNotFound(String personId) {
		super("Person", personId);
	}

}
