package org.guanxi.graph;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a query may read, told from its text, for {@link BookResults}: the labels and relationship types it names
 * ({@code names}: every identifier after a colon or a bar, so also map keys and other words, which only makes it
 * read more) and the properties it names ({@code props}: every identifier after a dot or before a colon). A query
 * reads every name when it asks for types or follows ties of any type ({@code type(r)}, {@code :%}, {@code -[r]->}),
 * every label added to or removed from an existing node when it asks for labels ({@code labels(n)}), and every
 * property when it reads them by a computed key ({@code a[k]}, {@code properties(n)}, {@code n {.*}}); whether it
 * returned whole nodes or relationships, whose properties the caller may read, is seen in its result
 * ({@link Recorder#sawEntities()}).
 * <p>
 * It errs on the side of reading more: a write touching anything a result may have read makes the result be
 * worked out again.
 */
record Reads(Set<String> names, Set<String> props, boolean anyName, boolean anyProp, Set<String> keyParameters,
		boolean relabels) {

	static final Reads NOTHING = new Reads(Set.of(), Set.of(), false, false, Set.of(), false);

	Reads(Set<String> names, Set<String> props, boolean anyName, boolean anyProp) {
		this(names, props, anyName, anyProp, Set.of(), false);
	}

	private static final Pattern COMMENT = Pattern.compile("//[^\\n]*");

	private static final Pattern NAME = Pattern.compile("[:|&!]\\s*`?([A-Za-z_][A-Za-z0-9_]*)");

	private static final Pattern PROP = Pattern.compile("\\.\\s*`?([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*)`?\\s*:");

	/** Properties read by keys from a parameter: {@code [k IN $fields | a[k]]}. */
	private static final Pattern KEYS_FROM_PARAMETER = Pattern
		.compile("\\[\\s*([A-Za-z_][A-Za-z0-9_]*)\\s+IN\\s+\\$([A-Za-z_][A-Za-z0-9_]*)\\s*\\|\\s*[A-Za-z_][A-Za-z0-9_]*\\[\\s*\\1\\s*\\]\\s*\\]");

	/**
	 * Types or labels of any name: {@code type(r)}, {@code :%}, a tie pattern without a type ({@code -[r]->},
	 * {@code -->}), or a node matched on its own without a label ({@code MATCH (n) RETURN count(n)}).
	 */
	private static final Pattern ANY_NAME = Pattern.compile("(?i)\\btype\\s*\\(|:\\s*%|-\\[\\s*[A-Za-z_0-9]*\\s*[\\]*{]|-->|<--"
			+ "|\\)--\\(|\\bMATCH\\s*\\(\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\)(?!\\s*[-<])");

	/** The labels of the nodes read: a label added to or removed from one of them counts. */
	private static final Pattern LABELS = Pattern.compile("(?i)\\blabels\\s*\\(");

	private static final Pattern ANY_PROP = Pattern
		.compile("(?i)\\b(properties|keys)\\s*\\(|\\.\\s*\\*|[A-Za-z0-9_`)]\\[\\s*(?![0-9.\\]])");

	static Reads of(String text) {
		String query = COMMENT.matcher(text).replaceAll(" ");
		Set<String> names = new HashSet<>();
		Set<String> props = new HashSet<>();
		Matcher name = NAME.matcher(query);
		while (name.find()) {
			names.add(name.group(1));
		}
		Matcher prop = PROP.matcher(query);
		while (prop.find()) {
			props.add(prop.group(1) != null ? prop.group(1) : prop.group(2));
		}
		Set<String> keyParameters = new HashSet<>();
		Matcher keys = KEYS_FROM_PARAMETER.matcher(query);
		while (keys.find()) {
			keyParameters.add(keys.group(2));
		}
		String rest = KEYS_FROM_PARAMETER.matcher(query).replaceAll(" ");
		boolean anyName = ANY_NAME.matcher(query).find();
		boolean anyProp = ANY_PROP.matcher(rest).find();
		return new Reads(Set.copyOf(names), Set.copyOf(props), anyName, anyProp, Set.copyOf(keyParameters),
				LABELS.matcher(query).find());
	}

	/** What the query reads with these parameters: the keys it reads from a parameter are its values then. */
	Reads with(Map<String, Object> parameters) {
		if (this.keyParameters.isEmpty()) {
			return this;
		}
		Set<String> p = new HashSet<>(this.props);
		boolean any = this.anyProp;
		for (String parameter : this.keyParameters) {
			if (parameters.get(parameter) instanceof Collection<?> keys) {
				keys.forEach(k -> p.add(String.valueOf(k)));
			}
			else if (parameters.get(parameter) != null) {
				any = true;
			}
		}
		return new Reads(this.names, Set.copyOf(p), this.anyName, any, Set.of(), this.relabels);
	}

	/** What this and that read together. */
	Reads and(Reads that) {
		if (that == NOTHING || that.equals(this)) {
			return this;
		}
		Set<String> n = new HashSet<>(this.names);
		n.addAll(that.names);
		Set<String> p = new HashSet<>(this.props);
		p.addAll(that.props);
		return new Reads(Set.copyOf(n), Set.copyOf(p), this.anyName || that.anyName, this.anyProp || that.anyProp,
				Set.of(), this.relabels || that.relabels);
	}

	/** What the queries of one piece of work read, added up as they run (from any thread). */
	static final class Recorder {

		private Reads reads = NOTHING;

		synchronized void add(Reads more) {
			this.reads = this.reads.and(more);
		}

		/** A query returned nodes, relationships or paths: any of their properties may be read. */
		synchronized void sawEntities() {
			if (!this.reads.anyProp) {
				this.reads = new Reads(this.reads.names, this.reads.props, this.reads.anyName, true, Set.of(),
						this.reads.relabels);
			}
		}

		synchronized Reads reads() {
			return this.reads;
		}

	}

}
