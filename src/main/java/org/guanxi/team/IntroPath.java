package org.guanxi.team;

import java.util.List;

import org.guanxi.core.Named;

/**
 * A chain of introductions along KNOWS ties.
 *
 * @param nodes from the rep to the person, both included: {@link SalesRep} or
 * {@link org.guanxi.stakeholder.Person} records
 * @param strength the product of the tie strengths
 * @param hops the number of ties
 */
public record IntroPath(List<Named> nodes, double strength, int hops) {
}
