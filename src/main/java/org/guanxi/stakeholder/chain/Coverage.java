package org.guanxi.stakeholder.chain;

import java.util.List;

import org.guanxi.core.Text;

/**
 * How "high, wide and deep" our coverage of a decision chain is (层高、面广、关系深), as defined in design.md.
 *
 * @param wide share of the buying roles present that at least one non-outsider holds (0 when no role)
 * @param high the best (lowest) level among the people we are not outsiders to; null when there are none
 * @param deep decision-weighted share of the people we are not outsiders to (0 when no one has weight)
 * @param gaps roles held only by outsiders, and "no insider", in words
 */
public record Coverage(double wide, Integer high, double deep, List<Text> gaps) {
}
