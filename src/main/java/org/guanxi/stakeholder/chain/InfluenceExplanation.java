package org.guanxi.stakeholder.chain;

import java.util.List;

/**
 * What an influence score is made of: the share that comes from the person's own decision weight (teleport and
 * dangling redistribution), and the people it draws the most standing from, largest first.
 */
public record InfluenceExplanation(double ownWeightShare, List<InfluenceContribution> sources) {
}
