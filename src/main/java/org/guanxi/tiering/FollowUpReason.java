package org.guanxi.tiering;

/** Why a follow-up is due; contacts due the same day for the same account are listed in this order. */
public enum FollowUpReason {

	/** A prospect nobody contacted within the time allowed after it became a prospect. */
	NEW_PROSPECT,

	/** The first call after a won deal. */
	AFTER_SALE_CALL,

	/** The thank-you and satisfaction call after a won deal. */
	THANK_YOU_CALL,

	/** Regular contact of a won customer. */
	PERIODIC_CONTACT

}
