package org.guanxi.referral;

import org.guanxi.core.NotFound;
import org.guanxi.core.Text;

/**
 * No node of the kinds a referral can start or end at has the given id.
 */
public class ReferralPartyNotFound extends NotFound {

	/**
	 * @param role what the id was given as, a key of the bundles' entity nouns, e.g. "ReferralSource"
	 * @param id the unknown id
	 * @param kinds the kinds of node looked at, in words
	 */
	public ReferralPartyNotFound(String role, String id, Text kinds) {
		super(Text.of("error.partyNotFound", Text.of("entity." + role), id, kinds));
	}

}
