package org.guanxi.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * The one visibility predicate of {@code docs/visibility.md}, in the forms a query may use it, as
 * {@code cypher/visibility/} spells them (each query's use is checked against these), and what a query reads when
 * every account is visible.
 */
public final class VisibilityPredicate {

	/** The predicate on an account (the WHERE of visibility/accountVisible), on the account variable {@code a}. */
	private static final String ACCOUNT_FORM = where("visibility/accountVisible");

	/** Account x is visible; group 1 is x. */
	public static final Pattern ACCOUNT_VISIBLE = onAnyVariable(ACCOUNT_FORM, "a");

	/** Where {@link #THROUGH_ACCOUNT} had {@link #ACCOUNT_VISIBLE}. */
	public static final String ACCOUNT_VISIBLE_NAMED = "ACCOUNT_VISIBLE";

	/**
	 * A person, deal or interaction is visible: everything, or {@link #ACCOUNT_VISIBLE} (replaced by
	 * {@link #ACCOUNT_VISIBLE_NAMED} before) of its account, on any variable (the WHERE of visibility/personVisible,
	 * dealVisible and interactionVisible, each on its own way to the account).
	 */
	public static final Pattern THROUGH_ACCOUNT = throughAccount(new String[][] { { "visibility/personVisible", "p" },
			{ "visibility/dealVisible", "d" }, { "visibility/interactionVisible", "i" } });

	/**
	 * The predicate's whole-book form, first part: the accounts the visible reps own, listed once from the reps
	 * (the first line of visibility/accountsVisible).
	 */
	public static final String OWNED_BY_VISIBLE_REPS = query("visibility/accountsVisible").lines().findFirst().orElseThrow();

	/** The predicate's whole-book form, second part: account x is visible, given {@link #OWNED_BY_VISIBLE_REPS}. */
	public static final Pattern ACCOUNT_VISIBLE_OWNED = onAnyVariable(where("visibility/accountsVisible"), "a");

	private VisibilityPredicate() {
	}

	/**
	 * What the query reads when {@code $visibility.all} is true, as text for {@link Reads}: each use of the predicate
	 * is true then, and its whole-book list of owned accounts is left out (not to be run: what it would read of
	 * owners and their teams is not read).
	 */
	public static String seeingAll(String query) {
		String named = ACCOUNT_VISIBLE.matcher(query).replaceAll(ACCOUNT_VISIBLE_NAMED);
		if (named.contains(OWNED_BY_VISIBLE_REPS)) {
			// the list of owned accounts is not read: only what the rest of the query reads counts
			named = ACCOUNT_VISIBLE_OWNED.matcher(named.replace(OWNED_BY_VISIBLE_REPS, ""))
				.replaceAll(ACCOUNT_VISIBLE_NAMED);
		}
		return THROUGH_ACCOUNT.matcher(named).replaceAll("true").replace(ACCOUNT_VISIBLE_NAMED, "true");
	}

	private static String query(String name) {
		return CypherScript.query(file(name));
	}

	private static ClassPathResource file(String name) {
		return new ClassPathResource("cypher/" + name + ".cypher");
	}

	/** The condition of a query's filter line (the predicate, whole, on one line). */
	private static String where(String name) {
		String keyword = "WHERE ";
		return query(name).lines()
			.filter(line -> line.startsWith(keyword))
			.map(line -> line.substring(keyword.length()).strip())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(file(name).getPath() + " has no line of its condition"));
	}

	/** The form as a pattern on any variable in place of {@code variable}: group 1 is the variable. */
	private static Pattern onAnyVariable(String form, String variable) {
		String[] parts = form.split("\\b" + variable + "\\b", -1);
		StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
		for (int i = 1; i < parts.length; i++) {
			regex.append(i == 1 ? "(\\w+)" : "\\1").append(Pattern.quote(parts[i]));
		}
		return Pattern.compile(regex.toString());
	}

	/**
	 * The forms of these queries (name and variable of each) as one pattern: each on any variable, with
	 * {@link #ACCOUNT_VISIBLE_NAMED} in place of the account's predicate.
	 */
	private static Pattern throughAccount(String[][] forms) {
		StringBuilder any = new StringBuilder();
		for (String[] form : forms) {
			Matcher inner = ACCOUNT_VISIBLE.matcher(where(form[0]));
			if (!inner.find()) {
				throw new IllegalStateException(form[0] + " does not use the predicate of accountVisible");
			}
			any.append(any.isEmpty() ? "" : "|")
				.append(onAnyVariable(inner.replaceFirst(ACCOUNT_VISIBLE_NAMED), form[1]).pattern());
		}
		return Pattern.compile(any.toString());
	}

}
