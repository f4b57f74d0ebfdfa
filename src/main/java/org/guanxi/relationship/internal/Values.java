package org.guanxi.relationship.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Reads the plain Java values of query results (maps, lists, temporal values) with the types this module uses.
 */
public final class Values {

	private Values() {
	}

	public static OffsetDateTime dateTime(Object value) {
		if (value instanceof ZonedDateTime t) {
			return t.toOffsetDateTime();
		}
		return (OffsetDateTime) value;
	}

	public static LocalDate date(Object value) {
		return (LocalDate) value;
	}

	public static Boolean flag(Object value) {
		return (Boolean) value;
	}

	public static String string(Object value) {
		return (String) value;
	}

	public static double number(Object value) {
		return value == null ? 0 : ((Number) value).doubleValue();
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> maps(Object value) {
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	public static List<String> strings(Object value) {
		return value == null ? List.of() : (List<String>) value;
	}

}
