package org.guanxi.referral.analytics;

import org.guanxi.core.NotFound;

/**
 * No referral source (or, for a chain, no person) has the given id.
 */
public class ReferralSourceNotFound extends NotFound {

	public ReferralSourceNotFound(String what, String id) {
		super(what, id);
	}

}
