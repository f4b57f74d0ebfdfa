package org.guanxi.stakeholder;

import org.guanxi.core.NotFound;

/**
 * No person has the given id.
 */
public class PersonNotFound extends NotFound {

	public PersonNotFound(String id) {
		super("Person", id);
	}

}
