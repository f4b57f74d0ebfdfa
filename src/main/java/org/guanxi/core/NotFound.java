package org.guanxi.core;

/**
 * A referenced entity does not exist. Reported to clients as NOT_FOUND, in their language.
 */
public class NotFound extends RuntimeException {

	private final Text text;

	/**
	 * @param entity what was looked for, as a key of the bundles' {@code entity.*} nouns, e.g. {@code Account}
	 * @param id the unknown id
	 */
	public NotFound(String entity, String id) {
		this(Text.of("error.notFound", Text.of("entity." + entity), id));
	}

	protected NotFound(Text text) {
		super(text.toString());
		this.text = text;
	}

	/** The error in words, put into the reader's language when reported. */
	public Text text() {
		return this.text;
	}

}
