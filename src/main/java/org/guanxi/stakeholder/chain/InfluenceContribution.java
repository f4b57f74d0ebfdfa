package org.guanxi.stakeholder.chain;

import org.guanxi.stakeholder.Person;

/**
 * Standing a person draws from another, as a share of its score.
 */
public record InfluenceContribution(Person person, double share) {
}
