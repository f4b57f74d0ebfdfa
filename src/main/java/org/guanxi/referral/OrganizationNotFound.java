package org.guanxi.referral;

import org.guanxi.core.NotFound;

/**
 * No organization has the given id.
 */
public class OrganizationNotFound extends NotFound {

	public OrganizationNotFound(String id) {
		super("Organization", id);
	}

}
