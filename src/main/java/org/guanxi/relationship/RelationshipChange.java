package org.guanxi.relationship;

import java.time.OffsetDateTime;

import org.guanxi.core.Text;
import org.guanxi.stakeholder.RelationshipClass;

/**
 * One recorded change of a contact's class.
 *
 * @param from the class before
 * @param to the class after
 * @param at when the change was recorded
 * @param cause what changed it, put into words in the reader's language
 */
public record RelationshipChange(RelationshipClass from, RelationshipClass to, OffsetDateTime at, Text cause) {
}
