package org.guanxi.stakeholder.chain;

import java.util.List;

/**
 * A chain of introductions along KNOWS ties.
 *
 * @param nodes from the rep to the person, both included: {@link org.guanxi.team.SalesRep} or
 * {@link org.guanxi.stakeholder.Person} records
 * @param strength the product of the tie strengths
 * @param hops the number of ties
 */
public record IntroPath(List<Object> nodes, double strength, int hops) {
}
