package org.guanxi.referral;

import org.guanxi.core.NotFound;

/**
 * The source has no referral to the target.
 */
public class ReferralNotFound extends NotFound {

	public ReferralNotFound(String sourceId, String targetId) {
		super("There is no referral from '" + sourceId + "' to '" + targetId
				+ "'; check the ids and the direction (source first).");
	}

}
