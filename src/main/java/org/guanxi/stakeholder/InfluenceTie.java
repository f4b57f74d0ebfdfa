package org.guanxi.stakeholder;

/**
 * One end of an {@code INFLUENCES} tie seen from the other: the person at the far end and the tie's weight (0..1).
 */
public record InfluenceTie(Person person, double weight) {
}
