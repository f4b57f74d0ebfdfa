package org.guanxi.account;

/**
 * Intention grade of a prospect: H hot, then A, B, C; stored as the name in
 * {@code Account.intentionGrade}.
 */
public enum IntentionGrade {

	H, A, B, C

}
