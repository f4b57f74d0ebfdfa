package org.guanxi.core;

/**
 * A referenced entity does not exist. Reported to clients as NOT_FOUND.
 */
public class NotFound extends RuntimeException {

	public NotFound(String what, String id) {
		super(what + " '" + id + "' does not exist; check the id (ids are case-sensitive).");
	}

	protected NotFound(String message) {
		super(message);
	}

}
