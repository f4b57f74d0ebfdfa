package org.guanxi.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Puts {@link Text texts} into words from the message bundles {@code messages.properties} (English) and
 * {@code messages_zh_CN.properties} (Chinese). Guanxi speaks these two languages: any Chinese locale reads the
 * Chinese bundle, anything else the English one.
 */
public final class Messages {

	/** Simplified Chinese, the language of the Chinese bundle. */
	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** The languages Guanxi speaks. */
	public static final List<Locale> LANGUAGES = List.of(CHINESE, Locale.ENGLISH);

	private static final String LABEL = "label.";

	private static final ResourceBundleMessageSource SOURCE = create();

	private static final List<Labelled> LABELLED = readLabelled();

	private Messages() {
	}

	/** The bundles, also Spring's {@code messageSource}. */
	public static MessageSource source() {
		return SOURCE;
	}

	private static ResourceBundleMessageSource create() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		source.setAlwaysUseMessageFormat(true);
		return source;
	}

	/**
	 * The language Guanxi speaks for a language tag or locale name ({@code zh-CN}, {@code zh}, {@code en_US},
	 * {@code zh_CN.UTF-8}); null for a language it does not speak or a blank tag.
	 */
	public static Locale language(String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		String language = tag.strip().split("[-_.@]", 2)[0].toLowerCase(Locale.ROOT);
		return language(Locale.forLanguageTag(language));
	}

	/** The language Guanxi speaks for a locale, or null. */
	public static Locale language(Locale locale) {
		if (locale == null) {
			return null;
		}
		return LANGUAGES.stream()
			.filter(l -> l.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(null);
	}

	/** The text in the language of the locale. */
	public static String text(Text text, Locale locale) {
		Locale language = language(locale) == null ? Locale.ENGLISH : language(locale);
		return render(text, language);
	}

	/** The label of an enum value, e.g. {@code label("BuyingRole", "DECIDER", zh-CN)} is 决策人. */
	public static String label(String type, String value, Locale locale) {
		return text(Text.of(LABEL + type + "." + value), locale);
	}

	/** A type and value that has a label, e.g. BuyingRole DECIDER. */
	public record Labelled(String type, String value) {
	}

	/** Every labelled value, in the order of the English bundle. */
	public static List<Labelled> labelled() {
		return LABELLED;
	}

	private static List<Labelled> readLabelled() {
		try (InputStream in = Messages.class.getResourceAsStream("/messages.properties")) {
			String text = new String(Objects.requireNonNull(in, "messages.properties").readAllBytes(),
					StandardCharsets.UTF_8);
			return text.lines()
				.filter(line -> line.startsWith(LABEL))
				.map(line -> line.substring(LABEL.length(), line.indexOf('=')).split("\\.", 2))
				.map(parts -> new Labelled(parts[0], parts[1]))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the bundles have the message. */
	public static boolean has(String key) {
		return SOURCE.getMessage(key, null, null, Locale.ENGLISH) != null;
	}

	private static String render(Text text, Locale locale) {
		if (Text.JOINS.contains(text.key())) {
			return joined(text, text.key() + ".separator", locale);
		}
		if (Text.TERM.equals(text.key())) {
			return message("term." + text.args().get(0) + "." + text.args().get(1), locale, text.args().get(1));
		}
		return message(text, locale);
	}

	/** A key the bundles lack (e.g. a plain sentence) is shown as it is. */
	private static String message(Text text, Locale locale) {
		String message = SOURCE.getMessage(text.key(), text.args().stream().map(a -> arg(a, locale)).toArray(), null,
				locale);
		return message == null ? text.key() : message;
	}

	private static String joined(Text text, String separator, Locale locale) {
		return text.args().stream().map(a -> arg(a, locale)).collect(Collectors.joining(message(separator, locale)));
	}

	private static String arg(Object arg, Locale locale) {
		return arg instanceof Text nested ? render(nested, locale) : String.valueOf(arg);
	}

	private static String message(String key, Locale locale) {
		return SOURCE.getMessage(key, null, key, locale);
	}

	private static String message(String key, Locale locale, Object fallback) {
		return SOURCE.getMessage(key, null, String.valueOf(fallback), locale);
	}

}
