package org.guanxi.stakeholder.chain;

import java.util.List;

import org.guanxi.core.Text;
import org.guanxi.stakeholder.Person;

/**
 * A person who could become an insider (内线), with a score in (0, 1] and the rules it met, in words.
 */
public record InsiderCandidate(Person person, double score, List<Text> reasons) {
}
