package org.guanxi.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the property map of a partial update: only the values given are written.
 */
public final class Changes {

	private final Map<String, Object> values = new LinkedHashMap<>();

	public static Changes of() {
		return new Changes();
	}

	public Changes put(String key, Object value) {
		if (value != null) {
			this.values.put(key, value instanceof Enum<?> e ? e.name() : value);
		}
		return this;
	}

	public Map<String, Object> map() {
		return this.values;
	}

}
