package org.guanxi.stakeholder.chain;

import org.guanxi.stakeholder.Person;

/**
 * A person's influence on the account's purchase: the personalized PageRank of docs/decision-chain.md.
 *
 * @param rank 1 for the most influential
 */
public record InfluenceScore(Person person, double score, int rank, InfluenceExplanation explanation) {
}
