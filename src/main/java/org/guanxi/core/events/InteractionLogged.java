package org.guanxi.core.events;

/**
 * An interaction with a contact was recorded (created or changed) or deleted, published inside the writing
 * transaction.
 *
 * @param interactionId the interaction
 * @param personId the contact it is with
 */
public record InteractionLogged(String interactionId, String personId) {
}
