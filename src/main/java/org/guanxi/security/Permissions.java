package org.guanxi.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.guanxi.core.Forbidden;

import static java.util.Map.entry;

/**
 * What each role may do: the one table of permissions, checked for every GraphQL mutation and query field and
 * every REST request (README, "Roles"). What each role may <em>see</em> is the visibility rule, not this.
 * <p>
 * A mutation not in the table needs {@link Role#ADMIN}. A read-only token may run no mutation and no import.
 */
public final class Permissions {

	/** The least role per mutation. */
	static final Map<String, Role> MUTATIONS = Map.ofEntries(
			// the everyday work on one's accounts
			entry("upsertAccount", Role.REP), entry("upsertPerson", Role.REP), entry("deletePerson", Role.REP),
			entry("linkReportsTo", Role.REP), entry("unlinkReportsTo", Role.REP), entry("linkInfluence", Role.REP),
			entry("unlinkInfluence", Role.REP), entry("linkKnows", Role.REP), entry("unlinkKnows", Role.REP),
			entry("recordReferral", Role.REP), entry("unlinkReferral", Role.REP), entry("recordInteraction", Role.REP),
			entry("deleteInteraction", Role.REP), entry("recordDeal", Role.REP), entry("closeDeal", Role.REP),
			entry("deleteDeal", Role.REP), entry("assessRelationship", Role.REP), entry("clearAssessment", Role.REP),
			entry("createApiToken", Role.REP), entry("revokeApiToken", Role.REP),
			// the team's book: who owns what, referral sources, deleting accounts
			entry("assignOwner", Role.MANAGER), entry("unassignOwner", Role.MANAGER),
			entry("upsertOrganization", Role.MANAGER), entry("upsertChannel", Role.MANAGER),
			entry("deleteAccount", Role.MANAGER),
			// the company: reps, sources' removal, users
			entry("upsertSalesRep", Role.ADMIN), entry("deleteSalesRep", Role.ADMIN),
			entry("deleteOrganization", Role.ADMIN), entry("deleteChannel", Role.ADMIN), entry("createUser", Role.ADMIN),
			entry("updateUser", Role.ADMIN), entry("disableUser", Role.ADMIN), entry("resetPassword", Role.ADMIN));

	/** Query fields that need more than being signed in. */
	static final Map<String, Role> QUERIES = Map.of("users", Role.ADMIN, "auditLog", Role.ADMIN);

	/** Mutations that with {@code cascade: true} need {@link Role#ADMIN}. */
	static final Set<String> CASCADES = Set.of("deleteAccount", "deletePerson", "deleteSalesRep", "deleteOrganization",
			"deleteChannel");

	private Permissions() {
	}

	/** The least role that may run the mutation with these arguments. */
	public static Role forMutation(String mutation, Map<String, Object> arguments) {
		if (CASCADES.contains(mutation) && Boolean.TRUE.equals(arguments.get("cascade"))) {
			return Role.ADMIN;
		}
		return MUTATIONS.getOrDefault(mutation, Role.ADMIN);
	}

	/** The least role that may read the query field, when more than being signed in is needed. */
	public static Optional<Role> forQuery(String field) {
		return Optional.ofNullable(QUERIES.get(field));
	}

	/** Throws {@link Forbidden} unless the caller may run the mutation with these arguments. */
	public static void checkMutation(Caller caller, String mutation, Map<String, Object> arguments) {
		if (caller.readOnly()) {
			throw readOnly(mutation);
		}
		Role needed = forMutation(mutation, arguments);
		String what = CASCADES.contains(mutation) && Boolean.TRUE.equals(arguments.get("cascade"))
				? mutation + " with cascade: true" : mutation;
		check(caller, what, needed);
	}

	/** Throws {@link Forbidden} unless the caller may read the query field. */
	public static void checkQuery(Caller caller, String field) {
		forQuery(field).ifPresent(needed -> check(caller, field, needed));
	}

	/** Throws {@link Forbidden} unless the caller may import a book ({@code POST /import}). */
	public static void checkImport(Caller caller) {
		if (caller.readOnly()) {
			throw readOnly("import");
		}
		check(caller, "POST /import", Role.ADMIN);
	}

	/**
	 * Throws {@link Forbidden} unless the caller may download the export: the book's files need
	 * {@link Role#ADMIN}, the reports (over the caller's visible accounts) any role.
	 */
	public static void checkExport(Caller caller, String fileName, boolean report) {
		if (!report) {
			check(caller, "GET /export/" + fileName + " (a file of the whole book)", Role.ADMIN);
		}
	}

	private static void check(Caller caller, String what, Role needed) {
		if (!caller.role().includes(needed)) {
			throw new Forbidden(what + " needs role " + needed + (needed == Role.ADMIN ? "" : " or higher")
					+ "; you are signed in as '" + caller.username() + "' with role " + caller.role()
					+ ". Ask an administrator.");
		}
	}

	private static Forbidden readOnly(String what) {
		return new Forbidden(what + " writes, and this API token is read-only: use a token created with readOnly: false"
				+ " (or sign in) to change data.");
	}

}
