package org.guanxi.core;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text Guanxi composes for people (a next step, a reason, an error): a message key of the bundles
 * {@code messages*.properties} and its arguments, put into words in the reader's language only when it is shown
 * ({@link Messages#text(Text, Locale)}). Arguments are shown as they are (names users entered, ids, numbers,
 * dates), except nested texts and {@link #term terms}, which are put into words in the same language.
 *
 * @param key the message key
 * @param args the arguments of the message's placeholders {0}, {1}...
 */
public record Text(String key, List<Object> args) {

	/** Keys of texts that join their arguments with the message {@code <key>.separator}. */
	static final Set<String> JOINS = Set.of("list", "sentences", "alternatives", "items", "either");

	static final String TERM = "term";

	public Text {
		args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
	}

	public static Text of(String key, Object... args) {
		return new Text(key, Arrays.asList(args));
	}

	/** The word for an enum value in sentences, e.g. {@code term("BuyingRole", "DECIDER")}: DECIDER or 决策人. */
	public static Text term(String type, Object value) {
		return new Text(TERM, List.of(type, String.valueOf(value)));
	}

	/** Items joined as a list in the reader's language ("a, b" or "a、b"). */
	public static Text list(Collection<?> items) {
		return new Text("list", List.copyOf(items));
	}

	/** Items of a longer enumeration ("a; b" or "a；b"). */
	public static Text items(Collection<?> items) {
		return new Text("items", List.copyOf(items));
	}

	/** Alternatives ("MEAL/GIFT" or "宴请/送礼"). */
	public static Text alternatives(Collection<?> items) {
		return new Text("alternatives", List.copyOf(items));
	}

	/** Choices in a sentence ("account or person" or "客户或联系人"). */
	public static Text either(Collection<?> items) {
		return new Text("either", List.copyOf(items));
	}

	/** Whole sentences one after another ("First. Second." or "第一。第二。"). */
	public static Text sentences(Text... sentences) {
		return new Text("sentences", List.of((Object[]) sentences));
	}

	/** The text in English (logs, exceptions' messages). */
	@Override
	public String toString() {
		return Messages.text(this, Locale.ENGLISH);
	}

}
