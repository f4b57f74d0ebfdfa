package org.guanxi.core;

import java.util.UUID;

/**
 * Ids: user-supplied ones are kept as given (trimmed), missing ones are generated with a readable prefix.
 */
public final class Ids {

	private Ids() {
	}

	public static String orGenerate(String id, String prefix) {
		if (id == null) {
			return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
		}
		return Check.id("id", id);
	}

	/**
	 * The error for an id that is in use by something the user may not see: it can be neither created nor
	 * changed.
	 */
	public static InvalidInput taken(String what, String id) {
		return new InvalidInput(what + " id '" + id
				+ "' is already in use; choose another id, or leave id out to have one generated.");
	}

}
