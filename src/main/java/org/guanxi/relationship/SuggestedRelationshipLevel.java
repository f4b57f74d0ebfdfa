package org.guanxi.relationship;

import org.guanxi.account.RelationshipLevel;
import org.guanxi.core.Text;

/**
 * The account relationship level the evidence suggests, with the reason.
 *
 * @param level the suggested level
 * @param reason why, in words
 */
public record SuggestedRelationshipLevel(RelationshipLevel level, Text reason) {
}
