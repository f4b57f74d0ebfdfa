package org.guanxi.security;

/** A new user: username, password (8 to 72 characters), role, and optionally the sales rep they are. */
public record CreateUserInput(String username, String password, Role role, String repId) {
}
