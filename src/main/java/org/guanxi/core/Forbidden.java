package org.guanxi.core;

/**
 * The signed-in user's role (or token) may not do what was asked; the message names the role needed.
 * Reported to clients as FORBIDDEN (HTTP 403 outside GraphQL).
 */
public class Forbidden extends RuntimeException {

	public Forbidden(String message) {
		super(message);
	}

}
