// Stores an API token (its hash only) for a user. Parameters: $username, $id, $name, $hash, $readOnly,
// $kind (API or SIGN_IN), $now, $expiresAt (datetime or null). Returns: t (ApiToken node), username.
MATCH (u:User {username: $username})
CREATE (u)-[:HAS_TOKEN]->(t:ApiToken {id: $id, name: $name, hash: $hash, readOnly: $readOnly, kind: $kind,
                                      created: $now, expiresAt: $expiresAt, revoked: false})
RETURN t, u.username AS username
