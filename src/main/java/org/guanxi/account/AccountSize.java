package org.guanxi.account;

/**
 * How large an account is; stored as the name in {@code Account.size}.
 */
public enum AccountSize {

	LARGE, MEDIUM, SMALL

}
