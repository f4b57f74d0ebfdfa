package org.guanxi.bulk.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.guanxi.core.Check;

/**
 * A property column of a CSV file: its name (the property name of docs/model.md), its kind and, for enums, the
 * allowed values.
 */
public record Column(String name, Kind kind, List<String> values) {

	/** The kinds of values and how they are checked. */
	public enum Kind {

		TEXT, NAME, ENUM, ENUM_LIST, POSITIVE_INT, NON_NEGATIVE_INT, UNIT, AMOUNT, BOOL, DATE, DATETIME

	}

	static Column of(String name, Kind kind) {
		return new Column(name, kind, List.of());
	}

	static Column oneOf(String name, String... values) {
		return new Column(name, Kind.ENUM, List.of(values));
	}

	static Column listOf(String name, String... values) {
		return new Column(name, Kind.ENUM_LIST, List.of(values));
	}

	/**
	 * The typed value of a non-blank cell.
	 * @throws CellError with the problem in words
	 */
	public Object parse(String raw, ZoneId zone) {
		String s = raw.strip();
		return switch (this.kind) {
			case TEXT, NAME -> text(s);
			case ENUM -> enumValue(s);
			case ENUM_LIST -> enumList(s);
			case POSITIVE_INT -> integer(s, 1);
			case NON_NEGATIVE_INT -> integer(s, 0);
			case UNIT -> decimal(s, true);
			case AMOUNT -> decimal(s, false);
			case BOOL -> bool(s);
			case DATE -> date(s);
			case DATETIME -> dateTime(s, zone);
		};
	}

	private String text(String s) {
		int max = Check.maxLength(this.name, false);
		if (s.length() > max) {
			throw new CellError("is " + s.length() + " characters long; at most " + max + " are allowed.");
		}
		return s;
	}

	/** A bad value as quoted in a message: at most {@value #QUOTED} characters of it. */
	public static String quoted(String s) {
		return s.length() <= QUOTED ? s : s.substring(0, QUOTED) + "... (" + s.length() + " characters)";
	}

	private static final int QUOTED = 200;

	private String enumValue(String s) {
		String upper = s.toUpperCase(Locale.ROOT);
		if (!this.values.contains(upper)) {
			throw new CellError("'" + quoted(s) + "' is not one of " + String.join(", ", this.values) + ".");
		}
		return upper;
	}

	private List<String> enumList(String s) {
		List<String> list = new ArrayList<>();
		for (String part : s.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			String value = enumValue(part.strip());
			if (!list.contains(value)) {
				list.add(value);
			}
		}
		return list;
	}

	private static Long integer(String s, long min) {
		long value;
		try {
			value = Long.parseLong(s);
		}
		catch (NumberFormatException ex) {
			throw new CellError("'" + quoted(s) + "' is not a whole number.");
		}
		if (value < min) {
			throw new CellError(min == 1 ? "must be 1 or more, got " + s + "." : "must not be negative, got " + s + ".");
		}
		return value;
	}

	private static Double decimal(String s, boolean unit) {
		double value;
		try {
			value = Double.parseDouble(s);
		}
		catch (NumberFormatException ex) {
			throw new CellError("'" + quoted(s) + "' is not a number (use a dot for decimals, no thousands separators).");
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new CellError("'" + quoted(s) + "' is not a finite number.");
		}
		if (unit && (value < 0 || value > 1)) {
			throw new CellError("must be between 0 and 1, got " + s + ".");
		}
		if (value < 0) {
			throw new CellError("must not be negative, got " + quoted(s) + ".");
		}
		if (value > Check.MAX_AMOUNT) {
			throw new CellError("must be at most 1000000000000000 (10^15), got " + quoted(s) + ".");
		}
		return value;
	}

	private static Boolean bool(String s) {
		return switch (s.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "y", "1", "是" -> true;
			case "false", "no", "n", "0", "否" -> false;
			default -> throw new CellError("'" + quoted(s) + "' is not true or false.");
		};
	}

	private static LocalDate date(String s) {
		try {
			return inRange(LocalDate.parse(s), s);
		}
		catch (DateTimeParseException ex) {
			throw new CellError("'" + quoted(s) + "' is not a date like 2026-11-23.");
		}
	}

	private static <T extends java.time.temporal.TemporalAccessor> T inRange(T value, String s) {
		int year = value.get(java.time.temporal.ChronoField.YEAR);
		if (year < Check.MIN_YEAR || year > Check.MAX_YEAR) {
			throw new CellError("'" + quoted(s) + "': the year must be between " + Check.MIN_YEAR + " and "
					+ Check.MAX_YEAR + ".");
		}
		return value;
	}

	private static OffsetDateTime dateTime(String s, ZoneId zone) {
		return inRange(anyDateTime(s, zone), s);
	}

	private static OffsetDateTime anyDateTime(String s, ZoneId zone) {
		OffsetDateTime common = commonDateTime(s);
		if (common != null) {
			return common;
		}
		try {
			return OffsetDateTime.parse(s);
		}
		catch (DateTimeParseException ex) {
			// try the forms without offset below
		}
		try {
			return LocalDateTime.parse(s).atZone(zone).toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			// try a plain date below
		}
		try {
			return LocalDate.parse(s).atStartOfDay(zone).toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			throw new CellError("'" + quoted(s) + "' is not a date-time like 2026-11-23T10:00:00+08:00 (or 2026-11-23T10:00, "
					+ "read in the configured time zone).");
		}
	}

	/**
	 * The common form {@code 2026-11-23T10:00:00+08:00} read without the general parser (which is slow on big
	 * files); null when the text has another form or an invalid field, for the general parser to read or reject.
	 */
	private static OffsetDateTime commonDateTime(String s) {
		if (s.length() != 25 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
				|| s.charAt(16) != ':' || s.charAt(22) != ':' || (s.charAt(19) != '+' && s.charAt(19) != '-')) {
			return null;
		}
		int year = digits(s, 0, 4);
		int month = digits(s, 5, 2);
		int day = digits(s, 8, 2);
		int hour = digits(s, 11, 2);
		int minute = digits(s, 14, 2);
		int second = digits(s, 17, 2);
		int offsetHours = digits(s, 20, 2);
		int offsetMinutes = digits(s, 23, 2);
		if ((year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0) {
			return null;
		}
		int sign = s.charAt(19) == '-' ? -1 : 1;
		try {
			return OffsetDateTime.of(year, month, day, hour, minute, second, 0,
					java.time.ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes));
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	/** The number written by {@code length} ASCII digits from {@code start}, or -1. */
	private static int digits(String s, int start, int length) {
		int value = 0;
		for (int i = start; i < start + length; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** Formats a value read from the database as export writes it. */
	public static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
		}
		if (value instanceof java.time.ZonedDateTime z) {
			return z.toOffsetDateTime().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		if (value instanceof OffsetDateTime o) {
			return o.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		if (value instanceof List<?> list) {
			return String.join(";", list.stream().map(Column::format).toList());
		}
		return value.toString();
	}

	/** A cell that cannot be read. */
	public static class CellError extends RuntimeException {

		public CellError(String message) {
			super(message, null, false, false);
		}

	}

}
