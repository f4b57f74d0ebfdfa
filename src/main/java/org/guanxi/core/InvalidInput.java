package org.guanxi.core;

/**
 * The request asks for something the graph rules forbid; the message says what to fix. Reported to clients
 * as BAD_REQUEST. Nothing is written when it is raised.
 */
public class InvalidInput extends RuntimeException {

	public InvalidInput(String message) {
		super(message);
	}

}
