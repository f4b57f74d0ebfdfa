package org.guanxi.team;

import java.util.List;

/**
 * A chain of introductions along KNOWS ties.
 *
 * @param nodes from the rep to the person, both included: {@link SalesRep} or
 * {@link org.guanxi.stakeholder.Person} records
 * @param strength the product of the tie strengths
 * @param hops the number of ties
 */
public record IntroPath(List<Object> nodes, double strength, int hops) {
}
