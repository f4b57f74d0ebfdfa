package org.guanxi.relationship;

/**
 * The account relationship level the evidence suggests, with the reason.
 *
 * @param level ORDINARY, PRIORITY, PARTNER or STRATEGIC
 * @param reason why, in words
 */
public record SuggestedRelationshipLevel(String level, String reason) {
}
