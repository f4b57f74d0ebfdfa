package org.guanxi.account;

/**
 * Who owns an account (所有制); stored as the name in the graph's {@code Account.ownership}.
 */
public enum Ownership {

	STATE_OWNED, PRIVATE, GOVERNMENT, FOREIGN, OTHER

}
