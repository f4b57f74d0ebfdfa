package org.guanxi.security;

/**
 * A token just created: the secret (shown this once) and what is kept of it.
 *
 * @param token the bearer token to send as {@code Authorization: Bearer <token>}
 * @param apiToken the stored token
 */
public record IssuedToken(String token, ApiToken apiToken) {
}
