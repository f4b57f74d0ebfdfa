package org.guanxi.security;

import org.guanxi.core.NotFound;

/** No user has this username. */
public class UserNotFound extends NotFound {

	public UserNotFound(String username) {
		super("User", username);
	}

}
