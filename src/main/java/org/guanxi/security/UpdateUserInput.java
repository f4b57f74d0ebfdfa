package org.guanxi.security;

/**
 * Changes to a user; fields left out stay as they are. {@code repId: ""} removes the link to a rep.
 */
public record UpdateUserInput(String username, Role role, String repId, Boolean disabled) {
}
