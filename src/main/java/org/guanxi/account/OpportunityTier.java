package org.guanxi.account;

/**
 * Opportunity tier: A big and fast, B small and fast or big and slow, C/D small and slow; stored as the name in
 * {@code Account.opportunityTier}.
 */
public enum OpportunityTier {

	A, B, C, D

}
