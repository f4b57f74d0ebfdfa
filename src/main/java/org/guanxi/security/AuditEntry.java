package org.guanxi.security;

import java.time.OffsetDateTime;
import java.util.List;

import org.neo4j.driver.types.Node;

/**
 * One entry of the audit trail (a {@code :AuditEntry} node).
 *
 * @param id the entry's id
 * @param at when it happened
 * @param username who did it (for a failed sign-in: the username given)
 * @param operation what: a mutation's name, {@code import}, {@code export}, {@code signIn}, {@code token}, ...
 * @param ids the ids the operation named or created
 * @param fields for updates, the fields given (changed)
 * @param outcome {@code OK}, or what went wrong (e.g. {@code FORBIDDEN}, {@code NOT_FOUND}, {@code BAD_CREDENTIALS})
 * @param address the client's address, when known
 */
public record AuditEntry(String id, OffsetDateTime at, String username, String operation, List<String> ids,
		List<String> fields, String outcome, String address) {

	static AuditEntry from(Node e) {
		return new AuditEntry(e.get("id").asString(), e.get("at").asOffsetDateTime(), e.get("username").asString(),
				e.get("operation").asString(), e.get("ids").asList(v -> v.asString()),
				e.get("fields").asList(v -> v.asString()), e.get("outcome").asString(),
				e.get("address").isNull() ? null : e.get("address").asString());
	}

}
