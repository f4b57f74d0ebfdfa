package org.guanxi.relationship.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guanxi.core.Text;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Text} as properties of a node: its message key, and its arguments as a JSON array in which an
 * argument is a string or a nested text {@code {"key": ..., "args": [...]}}. Arguments are kept as the strings
 * they are shown as, so the text reads the same after it is read back.
 */
public final class StoredText {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StoredText() {
	}

	/** The arguments of the text as JSON. */
	public static String args(Text text) {
		return JSON.writeValueAsString(encode(text.args()));
	}

	/**
	 * The text stored as {@code key} and {@code args}; without a key (written before texts were stored this way,
	 * or outside Guanxi), the stored words as they are.
	 */
	public static Text of(String key, String args, String words) {
		if (key == null || args == null) {
			return Text.of(String.valueOf(words));
		}
		return new Text(key, decode(JSON.readValue(args, List.class)));
	}

	private static List<Object> encode(List<Object> args) {
		List<Object> encoded = new ArrayList<>();
		for (Object arg : args) {
			encoded.add(arg instanceof Text nested ? Map.of("key", nested.key(), "args", encode(nested.args()))
					: String.valueOf(arg));
		}
		return encoded;
	}

	private static List<Object> decode(List<?> args) {
		List<Object> decoded = new ArrayList<>();
		for (Object arg : args) {
			decoded.add(arg instanceof Map<?, ?> nested
					? new Text(String.valueOf(nested.get("key")), decode((List<?>) nested.get("args")))
					: String.valueOf(arg));
		}
		return decoded;
	}

}
