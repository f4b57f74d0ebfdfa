/**
 * Algorithms and graph loading behind the decision-chain analytics; not for use outside {@code stakeholder.chain}.
 */
package org.guanxi.stakeholder.chain.internal;
