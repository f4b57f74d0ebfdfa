package org.guanxi.activity;

import org.guanxi.core.NotFound;

/**
 * No interaction has the given id.
 */
public class InteractionNotFound extends NotFound {

	public InteractionNotFound(String id) {
		super("Interaction", id);
	}

}
