package org.guanxi.security;

import java.io.Serializable;

/**
 * Who sent the current request.
 *
 * @param username the user's name
 * @param role the user's role
 * @param repId the sales rep the user is, or null
 * @param readOnly whether the request came with a read-only API token (no mutations)
 */
public record Caller(String username, Role role, String repId, boolean readOnly) implements Serializable {
}
