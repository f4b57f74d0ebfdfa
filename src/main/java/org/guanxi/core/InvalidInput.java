package org.guanxi.core;

/**
 * The request asks for something the graph rules forbid; the message says what to fix. Reported to clients
 * as BAD_REQUEST, in their language. Nothing is written when it is raised.
 */
public class InvalidInput extends RuntimeException {

	private final Text text;

	/**
	 * @param key the message key of the error (what is wrong and how to fix it)
	 * @param args the message's arguments
	 */
	public InvalidInput(String key, Object... args) {
		this(Text.of(key, args));
	}

	public InvalidInput(Text text) {
		super(text.toString());
		this.text = text;
	}

	/** The error in words, put into the reader's language when reported. */
	public Text text() {
		return this.text;
	}

}
