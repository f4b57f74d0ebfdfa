package org.guanxi.stakeholder.chain;

import org.guanxi.core.NotFound;

/**
 * The rep or the person at an end of a warm introduction does not exist.
 */
public class IntroEndNotFound extends NotFound {

	public IntroEndNotFound(String what, String id) {
		super(what, id);
	}

}
