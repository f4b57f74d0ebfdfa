/**
 * Decision-chain analytics of an account: buying roles, insiders, coverage, influence ranking, warm introductions.
 */
package org.guanxi.stakeholder.chain;
