package org.guanxi.graph;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Reads properties of nodes and records returned by the driver, absent or null properties as null.
 */
public final class Props {

	private Props() {
	}

	public static String string(MapAccessor m, String key) {
		Value v = m.get(key);
		return v.isNull() ? null : v.asString();
	}

	public static Integer integer(MapAccessor m, String key) {
		Value v = m.get(key);
		return v.isNull() ? null : v.asInt();
	}

	public static Double decimal(MapAccessor m, String key) {
		Value v = m.get(key);
		return v.isNull() ? null : v.asDouble();
	}

	public static double decimal(MapAccessor m, String key, double fallback) {
		Value v = m.get(key);
		return v.isNull() ? fallback : v.asDouble();
	}

	public static boolean flag(MapAccessor m, String key) {
		Value v = m.get(key);
		return !v.isNull() && v.asBoolean();
	}

	public static LocalDate date(MapAccessor m, String key) {
		Value v = m.get(key);
		return v.isNull() ? null : v.asLocalDate();
	}

	public static OffsetDateTime dateTime(MapAccessor m, String key) {
		Value v = m.get(key);
		return v.isNull() ? null : v.asZonedDateTime().toOffsetDateTime();
	}

	public static List<String> strings(MapAccessor m, String key) {
		Value v = m.get(key);
		return v.isNull() ? List.of() : v.asList(Value::asString);
	}

	/** The string the graph stores for an enum value: its name; null for null. */
	public static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** The strings the graph stores for enum values; null for null. */
	public static List<String> names(Collection<? extends Enum<?>> values) {
		return values == null ? null : values.stream().<String>map(Enum::name).toList();
	}

	public static <E extends Enum<E>> E enumValue(MapAccessor m, String key, Class<E> type) {
		String s = string(m, key);
		return s == null ? null : Enum.valueOf(type, s);
	}

	public static <E extends Enum<E>> List<E> enumValues(MapAccessor m, String key, Class<E> type) {
		return strings(m, key).stream().map(s -> Enum.valueOf(type, s)).toList();
	}

}
