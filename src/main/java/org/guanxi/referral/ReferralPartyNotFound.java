package org.guanxi.referral;

import org.guanxi.core.NotFound;

/**
 * No node of the kinds a referral can start or end at has the given id.
 */
public class ReferralPartyNotFound extends NotFound {

	/**
	 * @param role what the id was given as, e.g. "Referral source"
	 * @param id the unknown id
	 * @param kinds the kinds of node looked at, in words, e.g. "account or person"
	 */
	public ReferralPartyNotFound(String role, String id, String kinds) {
		super(role + " '" + id + "' does not exist: no " + kinds
				+ " has this id; check the id (ids are case-sensitive).");
	}

}
