package org.guanxi.core;

/**
 * Validation of input values, raising {@link InvalidInput} with a message that says what to fix.
 */
public final class Check {

	/** Longest id, in characters. */
	public static final int MAX_ID = 200;

	/** Longest name, title or other short text. */
	public static final int MAX_NAME = 500;

	/** Longest note or other free text (a person's family, hobbies, schedule...). */
	public static final int MAX_TEXT = 10_000;

	/** Largest amount of money (10^15), so that sums over a whole book stay exact enough and finite. */
	public static final double MAX_AMOUNT = 1e15;

	/** Earliest and latest years of a date or date-time. */
	public static final int MIN_YEAR = 1900;

	public static final int MAX_YEAR = 2200;

	/** Fields of free text: up to {@link #MAX_TEXT} characters; every other text is short ({@link #MAX_NAME}). */
	private static final java.util.Set<String> FREE_TEXT = java.util.Set.of("note", "family", "hobbies", "sports",
			"food", "schedule", "attitude", "preference");

	private Check() {
	}

	/** The most characters a text field of this name may hold; ids by {@link #MAX_ID}. */
	public static int maxLength(String field, boolean id) {
		if (id) {
			return MAX_ID;
		}
		return FREE_TEXT.contains(field) ? MAX_TEXT : MAX_NAME;
	}

	/** Refuses a text longer than its field allows (see {@link #maxLength}). */
	public static String length(String field, String value, boolean id) {
		int max = maxLength(field, id);
		if (value != null && value.length() > max) {
			throw new InvalidInput("error.tooLong", field, String.valueOf(value.length()), String.valueOf(max));
		}
		return value;
	}

	/** Refuses an amount that is not finite, negative or over {@link #MAX_AMOUNT}. */
	public static Double amount(String field, Double value) {
		if (value != null && (!Double.isFinite(value) || value < 0 || value > MAX_AMOUNT)) {
			throw new InvalidInput("error.amountRange", field, String.valueOf(value));
		}
		return value;
	}

	/** Refuses a number beyond {@link #MAX_AMOUNT} either way: no input of Guanxi needs more. */
	public static Double finite(String field, Double value) {
		if (value != null && (!Double.isFinite(value) || Math.abs(value) > MAX_AMOUNT)) {
			throw new InvalidInput("error.numberRange", field, String.valueOf(value));
		}
		return value;
	}

	/** Refuses a year outside {@link #MIN_YEAR}..{@link #MAX_YEAR}. */
	public static <T extends java.time.temporal.TemporalAccessor> T year(String field, T value) {
		if (value != null) {
			int year = value.get(java.time.temporal.ChronoField.YEAR);
			if (year < MIN_YEAR || year > MAX_YEAR) {
				throw new InvalidInput("error.yearRange", field, String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR),
						String.valueOf(year));
			}
		}
		return value;
	}

	public static String name(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput("error.blankName", field);
		}
		return value.strip();
	}

	/** A name that may be absent (partial update) but must not be blank when given. */
	public static String optionalName(String field, String value) {
		return value == null ? null : name(field, value);
	}

	public static Double unit(String field, Double value) {
		if (value != null && (value.isNaN() || value < 0 || value > 1)) {
			throw new InvalidInput("error.notUnit", field, value);
		}
		return value;
	}

	public static Double nonNegative(String field, Double value) {
		if (value != null && (value.isNaN() || value < 0)) {
			throw new InvalidInput("error.negative", field, value);
		}
		return value;
	}

	public static Integer nonNegative(String field, Integer value) {
		if (value != null && value < 0) {
			throw new InvalidInput("error.negative", field, value);
		}
		return value;
	}

	public static Integer positive(String field, Integer value) {
		if (value != null && value < 1) {
			throw new InvalidInput("error.notPositive", field, value);
		}
		return value;
	}

	public static void notSame(String what, String a, String b) {
		if (a != null && a.equals(b)) {
			throw new InvalidInput("error.selfLink", what, a);
		}
	}

	public static String id(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput("error.blank", field);
		}
		return value.strip();
	}

}
