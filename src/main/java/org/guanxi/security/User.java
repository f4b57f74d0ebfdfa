package org.guanxi.security;

import java.time.OffsetDateTime;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * A user of Guanxi (a {@code :User} node).
 *
 * @param username the sign-in name, unique
 * @param role what the user may do and see
 * @param repId the sales rep the user is, or null
 * @param disabled a disabled user cannot sign in and their tokens stop working
 * @param created when the user was created
 * @param lastSignIn the last successful sign-in, or null
 */
public record User(String username, Role role, String repId, boolean disabled, OffsetDateTime created,
		OffsetDateTime lastSignIn) {

	static User from(Node user, Value rep) {
		return new User(user.get("username").asString(), Role.valueOf(user.get("role").asString()),
				rep == null || rep.isNull() ? null : rep.asNode().get("id").asString(), user.get("disabled").asBoolean(false),
				time(user.get("created")), time(user.get("lastSignIn")));
	}

	static OffsetDateTime time(Value value) {
		return value == null || value.isNull() ? null : value.asOffsetDateTime();
	}

	Caller caller(boolean readOnly) {
		return new Caller(this.username, this.role, this.repId, readOnly);
	}

}
