package org.guanxi.security;

/**
 * The signed-in user as GraphQL's {@code me} shows them.
 *
 * @param username the user's name
 * @param role the user's role
 * @param repId the sales rep the user is, or null
 * @param readOnly whether the request came with a read-only token
 */
public record Me(String username, Role role, String repId, boolean readOnly) {
}
