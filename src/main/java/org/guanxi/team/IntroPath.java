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
 * @param tieStrengths the strength of each tie along the path, from the rep's end (0 for a tie without one)
 */
public record IntroPath(List<Named> nodes, double strength, int hops, List<Double> tieStrengths) {
}
