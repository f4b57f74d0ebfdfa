package org.guanxi.referral;

import org.guanxi.core.NotFound;
import org.guanxi.core.Text;

/**
 * The source has no referral to the target.
 */
public class ReferralNotFound extends NotFound {

	public ReferralNotFound(String sourceId, String targetId) {
		super(Text.of("error.noReferral", sourceId, targetId));
	}

}
