package org.guanxi.account;

import org.guanxi.core.NotFound;

/**
 * No account has the given id.
 */
public class AccountNotFound extends NotFound {

	public AccountNotFound(String id) {
		super("Account", id);
	}

}
