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
import org.guanxi.core.Text;

/**
 * A property column of a CSV file: its name (the property name of docs/model.md), its kind and, for enums, the
 * allowed values.
 */
public record Column(String name, Kind kind, List<String> values) {

	/** The kinds of values and how they are checked. */
	public enum Kind {

		TEXT, NAME, ENUM, ENUM_LIST, TEXT_LIST, POSITIVE_INT, NON_NEGATIVE_INT, UNIT, AMOUNT, BOOL, DATE, DATETIME

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
			case TEXT_LIST -> textList(s);
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
			throw new CellError(Text.of("import.cell.tooLong", s.length(), max));
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
			throw new CellError(Text.of("import.notOneOf", quoted(s), Text.list(this.values)));
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

	/**
	 * Texts separated by {@code ;}; a {@code ;} or backslash inside a text is written with a backslash before it
	 * (as {@link #format} writes lists).
	 */
	private List<String> textList(String s) {
		List<String> list = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length()) {
				part.append(s.charAt(++i));
			}
			else if (c == ';') {
				list.add(text(part.toString()));
				part.setLength(0);
			}
			else {
				part.append(c);
			}
		}
		list.add(text(part.toString()));
		return list;
	}

	private static Long integer(String s, long min) {
		long value;
		try {
			value = Long.parseLong(s);
		}
		catch (NumberFormatException ex) {
			throw new CellError(Text.of("import.cell.notWhole", quoted(s)));
		}
		if (value < min) {
			throw new CellError(Text.of(min == 1 ? "import.cell.notPositive" : "import.cell.negative", s));
		}
		return value;
	}

	private static Double decimal(String s, boolean unit) {
		double value;
		try {
			value = Double.parseDouble(s);
		}
		catch (NumberFormatException ex) {
			throw new CellError(Text.of("import.cell.notNumber", quoted(s)));
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new CellError(Text.of("import.cell.notFinite", quoted(s)));
		}
		if (unit && (value < 0 || value > 1)) {
			throw new CellError(Text.of("import.cell.notUnit", s));
		}
		if (value < 0) {
			throw new CellError(Text.of("import.cell.negative", quoted(s)));
		}
		if (value > Check.MAX_AMOUNT) {
			throw new CellError(Text.of("import.cell.tooLarge", quoted(s)));
		}
		return value;
	}

	private static Boolean bool(String s) {
		return switch (s.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "y", "1", "是" -> true;
			case "false", "no", "n", "0", "否" -> false;
			default -> throw new CellError(Text.of("import.cell.notBoolean", quoted(s)));
		};
	}

	private static LocalDate date(String s) {
		try {
			return inRange(LocalDate.parse(s), s);
		}
		catch (DateTimeParseException ex) {
			throw new CellError(Text.of("import.cell.notDate", quoted(s)));
		}
	}

	private static <T extends java.time.temporal.TemporalAccessor> T inRange(T value, String s) {
		int year = value.get(java.time.temporal.ChronoField.YEAR);
		if (year < Check.MIN_YEAR || year > Check.MAX_YEAR) {
			throw new CellError(Text.of("import.cell.year", quoted(s), Check.MIN_YEAR, Check.MAX_YEAR));
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
			throw new CellError(Text.of("import.cell.notDateTime", quoted(s)));
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
			return String.join(";", list.stream().map(v -> format(v).replace("\\", "\\\\").replace(";", "\\;")).toList());
		}
		return value.toString();
	}

	/** A cell that cannot be read. */
	public static class CellError extends RuntimeException {

		private final transient Text text;

		public CellError(Text text) {
			super(text.toString(), null, false, false);
			this.text = text;
		}

		/** What is wrong, put into words in the reader's language. */
		public Text text() {
			return this.text;
		}

	}

}
