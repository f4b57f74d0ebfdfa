package org.guanxi.security;

import java.time.OffsetDateTime;

import org.neo4j.driver.types.Node;

/**
 * An API token as listed: everything but the token itself, which is shown once when created and stored only
 * as a hash.
 *
 * @param id the token's id (for revokeApiToken)
 * @param name what the token is for
 * @param username the user the token acts as
 * @param readOnly a read-only token cannot run mutations, import or anything else that writes
 * @param created when it was created
 * @param expiresAt when it stops working, or null for never
 * @param revoked whether it was revoked
 */
public record ApiToken(String id, String name, String username, boolean readOnly, OffsetDateTime created,
		OffsetDateTime expiresAt, boolean revoked) {

	static ApiToken from(Node token, String username) {
		return new ApiToken(token.get("id").asString(), token.get("name").asString(), username,
				token.get("readOnly").asBoolean(false), User.time(token.get("created")), User.time(token.get("expiresAt")),
				token.get("revoked").asBoolean(false));
	}

}
