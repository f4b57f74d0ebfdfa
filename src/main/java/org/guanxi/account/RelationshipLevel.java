package org.guanxi.account;

/**
 * How close the account as a whole is to us (客户关系层级); stored as the name in
 * {@code Account.relationshipLevel}.
 */
public enum RelationshipLevel {

	ORDINARY, PRIORITY, PARTNER, STRATEGIC

}
