package org.guanxi.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A page of a list ordered by (sort key, id): at most {@code first} rows after the row the cursor names.
 *
 * @param first page size, 1 to {@link #MAX_PAGE}
 * @param afterKey sort key of the last row of the previous page, or null for the first page
 * @param afterId id of the last row of the previous page, or null for the first page
 */
public record PageRequest(int first, String afterKey, String afterId) {

	public static final int DEFAULT_PAGE = 20;

	public static final int MAX_PAGE = 100;

	private static final char SEPARATOR = '\u001f';

	public static PageRequest of(Integer first, String after) {
		int size = first == null ? DEFAULT_PAGE : first;
		if (size < 1 || size > MAX_PAGE) {
			throw new InvalidInput("error.pageSize", MAX_PAGE, size);
		}
		if (after == null || after.isEmpty()) {
			return new PageRequest(size, null, null);
		}
		String decoded = decode(after);
		int split = decoded.indexOf(SEPARATOR);
		if (split < 0) {
			throw badCursor(after);
		}
		return new PageRequest(size, decoded.substring(0, split), decoded.substring(split + 1));
	}

	public static String cursor(String key, String id) {
		String raw = (key == null ? "" : key) + SEPARATOR + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A page of a whole list: the entries after the first {@code offset}, at most {@code first} (all the rest when
	 * null).
	 * @throws InvalidInput when offset is below 0 or first below 1
	 */
	public static <T> List<T> slice(List<T> list, int offset, Integer first) {
		checkSlice(offset, first);
		int from = Math.min(offset, list.size());
		int to = first == null ? list.size() : (int) Math.min((long) from + first, list.size());
		return list.subList(from, to);
	}

	/**
	 * Checks the arguments of {@link #slice} before the list is worked out.
	 * @throws InvalidInput when offset is below 0 or first below 1
	 */
	public static void checkSlice(int offset, Integer first) {
		if (offset < 0) {
			throw new InvalidInput("error.offset", offset);
		}
		if (first != null && first < 1) {
			throw new InvalidInput("error.first", first);
		}
	}

	/** How many rows to fetch: one more than the page, to know whether there is a next page. */
	public int limit() {
		return this.first + 1;
	}

	private static String decode(String cursor) {
		try {
			return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw badCursor(cursor);
		}
	}

	private static InvalidInput badCursor(String cursor) {
		return new InvalidInput("error.badCursor", cursor);
	}

}
