package org.guanxi.core;

/**
 * Validation of input values, raising {@link InvalidInput} with a message that says what to fix.
 */
public final class Check {

	private Check() {
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
