package org.guanxi.referral.analytics;

/**
 * A node reached from a referral source.
 *
 * @param node the Account or Person record
 * @param depth shortest number of links from the source
 * @param referredBy id of its parent in the tree (the source itself at depth 1)
 * @param revenue its WON revenue (accounts; 0 for people)
 */
public record ReferralTreeNode(Object node, int depth, String referredBy, double revenue) {
}
