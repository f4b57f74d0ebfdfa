package org.guanxi.core;

import java.util.List;
import java.util.Map;

/**
 * Which accounts the current user may see: every account ({@code all}), the accounts owned by one of
 * {@code repIds} or by any rep of one of {@code teams}, and, when {@code unowned}, the accounts nobody owns.
 * People, deals, interactions, relationship assessments and history are visible when their account is.
 * <p>
 * Every query that reads accounts (or what hangs on them) receives this as the parameter {@code $visibility}
 * ({@link #parameters()}) and filters with the one predicate of {@code docs/visibility.md}.
 *
 * @param all every account is visible (ADMIN)
 * @param repIds the sales reps whose accounts are visible (the rep; the manager's own rep)
 * @param teams the teams (the {@code team} of sales reps) whose reps' accounts are visible (the manager's team):
 *     a team is named here rather than listed rep by rep, so that a query's parameter stays small and the
 *     team is read once, with the manager's rep
 * @param unowned accounts without an owner are visible (MANAGER)
 */
public record Visibility(boolean all, List<String> repIds, List<String> teams, boolean unowned) {

	/** The name of the Cypher parameter every visibility-filtered query takes. */
	public static final String PARAMETER = "visibility";

	private static final Visibility EVERYTHING = new Visibility(true, List.of(), List.of(), true);

	public Visibility {
		repIds = repIds == null ? List.of() : List.copyOf(repIds);
		teams = teams == null ? List.of() : List.copyOf(teams);
	}

	/** The accounts of {@code repIds} and, when {@code unowned}, the unowned ones; no team. */
	public Visibility(boolean all, List<String> repIds, boolean unowned) {
		this(all, repIds, List.of(), unowned);
	}

	/** Every account (ADMIN, and the application's own work outside any request). */
	public static Visibility everything() {
		return EVERYTHING;
	}

	/** The accounts of one rep (REP). */
	public static Visibility ownedBy(String repId) {
		return new Visibility(false, repId == null ? List.of() : List.of(repId), false);
	}

	/**
	 * The accounts of a manager's own rep, of every rep of the manager's team (none when {@code team} is null) and
	 * the accounts without an owner (MANAGER).
	 */
	public static Visibility managedBy(String repId, String team) {
		return new Visibility(false, repId == null ? List.of() : List.of(repId),
				team == null ? List.of() : List.of(team), true);
	}

	/** The value of the Cypher parameter {@code $visibility}: a map {all, repIds, teams, unowned}. */
	public Map<String, Object> asParameter() {
		return Map.of("all", this.all, "repIds", this.repIds, "teams", this.teams, "unowned", this.unowned);
	}

	/** The Cypher parameter map: {@code visibility} to {@link #asParameter()}. */
	public Map<String, Object> parameters() {
		return Map.of(PARAMETER, asParameter());
	}

}
