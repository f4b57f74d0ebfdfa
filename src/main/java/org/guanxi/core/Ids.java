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

}
