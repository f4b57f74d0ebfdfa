package org.guanxi.stakeholder;

/**
 * An influence tie to set: {@code from} sways {@code to}'s opinion with the given weight (0..1).
 */
public record InfluenceInput(String fromId, String toId, Double weight) {
}
