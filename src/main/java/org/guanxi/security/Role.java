package org.guanxi.security;

/**
 * What a user may do and see. Each role may do everything the roles before it may.
 */
public enum Role {

	/** A sales rep: sees the accounts they own. */
	REP,

	/** A team manager: sees the accounts of their team's reps and the accounts without owner. */
	MANAGER,

	/** Everything: users, import, export, deletes with cascade, the audit trail. */
	ADMIN;

	/** Whether this role may do what {@code needed} may. */
	public boolean includes(Role needed) {
		return compareTo(needed) >= 0;
	}

}
