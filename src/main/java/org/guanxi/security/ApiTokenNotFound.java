package org.guanxi.security;

import org.guanxi.core.NotFound;

/** No token with this id (among the caller's own, for a non-admin). */
public class ApiTokenNotFound extends NotFound {

	public ApiTokenNotFound(String id) {
		super("API token", id);
	}

}
