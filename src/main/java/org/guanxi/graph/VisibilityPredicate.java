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

	/** How a person, a deal and an interaction reach the account whose visibility they follow. */
	private static final String TO_ACCOUNT = "-\\[:WORKS_AT\\]->|-\\[:FOR\\]->|-\\[:WITH\\]->\\(:Person\\)-\\[:WORKS_AT\\]->";

	/**
	 * A person, deal or interaction is visible: everything, or {@link #ACCOUNT_VISIBLE} (replaced by
	 * {@link #ACCOUNT_VISIBLE_NAMED} before) of its account (the WHERE of visibility/personVisible, for any of the
	 * three).
	 */
	public static final Pattern THROUGH_ACCOUNT = throughAccount(where("visibility/personVisible"));

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
	 * The query as it reads when {@code $visibility.all} is true: each use of the predicate is true then (its
	 * whole-book list of owned accounts empty), and what it would read of owners and their teams is not read.
	 */
	public static String seeingAll(String query) {
		String named = ACCOUNT_VISIBLE.matcher(query).replaceAll(ACCOUNT_VISIBLE_NAMED);
		if (named.contains(OWNED_BY_VISIBLE_REPS)) {
			named = ACCOUNT_VISIBLE_OWNED
				.matcher(named.replace(OWNED_BY_VISIBLE_REPS, "CALL () { RETURN [] AS visibleOwned }"))
				.replaceAll(ACCOUNT_VISIBLE_NAMED);
		}
		return THROUGH_ACCOUNT.matcher(named).replaceAll("true").replace(ACCOUNT_VISIBLE_NAMED, "true");
	}

	private static String query(String name) {
		return CypherScript.query(new ClassPathResource("cypher/" + name + ".cypher"));
	}

	/** The condition of a query's WHERE line (the predicate, whole, on one line). */
	private static String where(String name) {
		return query(name).lines()
			.filter(line -> line.startsWith("WHERE "))
			.map(line -> line.substring("WHERE ".length()).strip())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("cypher/" + name + ".cypher has no WHERE line"));
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

	/** The person's form as a pattern on any variable and any of the ways to the account ({@link #TO_ACCOUNT}). */
	private static Pattern throughAccount(String personForm) {
		Matcher inner = ACCOUNT_VISIBLE.matcher(personForm);
		if (!inner.find()) {
			throw new IllegalStateException("visibility/personVisible does not use the predicate of accountVisible");
		}
		String named = inner.replaceFirst(ACCOUNT_VISIBLE_NAMED);
		String way = "(p)-[:WORKS_AT]->";
		int at = named.indexOf(way);
		return Pattern.compile(Pattern.quote(named.substring(0, at)) + "\\(\\w+\\)(" + TO_ACCOUNT + ")"
				+ Pattern.quote(named.substring(at + way.length())));
	}

}
