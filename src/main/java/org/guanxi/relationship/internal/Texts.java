package org.guanxi.relationship.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.guanxi.core.Text;

/**
 * Formatting shared by evidence, causes and next steps.
 */
public final class Texts {

	private Texts() {
	}

	/** An amount with thousands separators and at most two decimals: {@code CNY 300,000}. */
	public static String money(String currency, double amount) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return currency + " " + format.format(amount);
	}

	/** The date of an instant in the sales team's time zone. */
	public static Object day(OffsetDateTime at, ZoneId zone) {
		return at == null ? Text.of("day.unknown") : at.atZoneSameInstant(zone).toLocalDate().toString();
	}

	public static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/** A name with its title in brackets when known: {@code Wang Fang (CEO)}. */
	public static Object named(String name, String title) {
		return present(title) ? Text.of("named", name, title) : name;
	}

}
