/**
 * Decision-chain analytics of an account: buying roles, insiders, coverage (using our trust class with each person) and influence ranking.
 */
package org.guanxi.stakeholder.chain;
