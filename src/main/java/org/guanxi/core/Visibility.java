package org.guanxi.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which accounts the current user may see: every account ({@code all}), the accounts owned by one of
 * {@code repIds}, and, when {@code unowned}, the accounts nobody owns. People, deals, interactions, relationship
 * assessments and history are visible when their account is.
 * <p>
 * Every query that reads accounts (or what hangs on them) receives this as the parameter {@code $visibility}
 * ({@link #parameters()}) and filters with the one predicate of {@code docs/visibility.md}; the same rule in Java
 * is {@link #sees(Collection)}.
 *
 * @param all every account is visible (ADMIN)
 * @param repIds the sales reps whose accounts are visible (the rep, or every rep of a manager's team)
 * @param unowned accounts without an owner are visible (MANAGER)
 */
public record Visibility(boolean all, List<String> repIds, boolean unowned) {

	/** The name of the Cypher parameter every visibility-filtered query takes. */
	public static final String PARAMETER = "visibility";

	private static final Visibility EVERYTHING = new Visibility(true, List.of(), true);

	public Visibility {
		repIds = repIds == null ? List.of() : List.copyOf(repIds);
	}

	/** Every account (ADMIN, and the application's own work outside any request). */
	public static Visibility everything() {
		return EVERYTHING;
	}

	/** The accounts of one rep (REP). */
	public static Visibility ownedBy(String repId) {
		return new Visibility(false, repId == null ? List.of() : List.of(repId), false);
	}

	/** The accounts of a team's reps and the accounts without an owner (MANAGER). */
	public static Visibility team(Collection<String> repIds) {
		return new Visibility(false, List.copyOf(repIds), true);
	}

	/** The value of the Cypher parameter {@code $visibility}: a map {all, repIds, unowned}. */
	public Map<String, Object> asParameter() {
		return Map.of("all", this.all, "repIds", this.repIds, "unowned", this.unowned);
	}

	/** The Cypher parameter map: {@code visibility} to {@link #asParameter()}. */
	public Map<String, Object> parameters() {
		return Map.of(PARAMETER, asParameter());
	}

	/** Whether an account owned by these reps (none: unowned) is visible; the Cypher predicate's rule in Java. */
	public boolean sees(Collection<String> ownerIds) {
		if (this.all) {
			return true;
		}
		if (ownerIds == null || ownerIds.isEmpty()) {
			return this.unowned;
		}
		return ownerIds.stream().anyMatch(this.repIds::contains);
	}

}
