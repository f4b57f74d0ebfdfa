package org.guanxi.graph;

import java.util.regex.Pattern;

/**
 * The text of the one visibility predicate of {@code docs/visibility.md}, in the forms a query may use it (each
 * query's use is checked against these), and what a query reads when every account is visible.
 */
public final class VisibilityPredicate {

	/** Account x is visible; group 1 is x. */
	public static final Pattern ACCOUNT_VISIBLE = Pattern.compile(Pattern.quote("($visibility.all OR EXISTS { (")
			+ "(\\w+)" + Pattern.quote(")<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds"
					+ " OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (")
			+ "\\1" + Pattern.quote(")<-[:OWNS]-(:SalesRep) }))"));

	/** Where {@link #THROUGH_ACCOUNT} had {@link #ACCOUNT_VISIBLE}. */
	public static final String ACCOUNT_VISIBLE_NAMED = "ACCOUNT_VISIBLE";

	/**
	 * A person, deal or interaction is visible: everything, or {@link #ACCOUNT_VISIBLE} (replaced by
	 * {@link #ACCOUNT_VISIBLE_NAMED} before) of its account.
	 */
	public static final Pattern THROUGH_ACCOUNT = Pattern.compile(Pattern.quote("($visibility.all OR EXISTS { (")
			+ "\\w+" + "\\)(-\\[:WORKS_AT\\]->|-\\[:FOR\\]->|-\\[:WITH\\]->\\(:Person\\)-\\[:WORKS_AT\\]->)"
			+ Pattern.quote("(visibleAccount:Account) WHERE " + ACCOUNT_VISIBLE_NAMED + " })"));

	/**
	 * The predicate's whole-book form, first part: the accounts the visible reps own, listed once from the reps
	 * (what {@link #ACCOUNT_VISIBLE} asks of each account's owner).
	 */
	public static final String OWNED_BY_VISIBLE_REPS = "CALL () { MATCH (visibleOwner:SalesRep) WHERE NOT $visibility.all"
			+ " AND (visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams)"
			+ " MATCH (visibleOwner)-[:OWNS]->(owned:Account) RETURN collect(owned) AS visibleOwned }";

	/** The predicate's whole-book form, second part: account x is visible, given {@link #OWNED_BY_VISIBLE_REPS}. */
	public static final Pattern ACCOUNT_VISIBLE_OWNED = Pattern
		.compile(Pattern.quote("($visibility.all OR ") + "(\\w+)" + Pattern.quote(" IN visibleOwned OR ($visibility.unowned"
				+ " AND NOT EXISTS { (") + "\\1" + Pattern.quote(")<-[:OWNS]-(:SalesRep) }))"));

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

}
