package org.guanxi.relationship;

import java.time.OffsetDateTime;

import org.guanxi.stakeholder.RelationshipClass;

/**
 * One recorded change of a contact's class.
 *
 * @param from the class before
 * @param to the class after
 * @param at when the change was recorded
 * @param cause what changed it, in words
 */
public record RelationshipChange(RelationshipClass from, RelationshipClass to, OffsetDateTime at, String cause) {
}
