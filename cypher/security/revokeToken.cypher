// Revokes a token of a user (any user's when $username is null). Parameters: $id, $username (or null), $now.
// Returns: t (ApiToken), username; no row when there is no such token.
MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {id: $id})
WHERE $username IS NULL OR u.username = $username
SET t.revoked = true, t.revokedAt = coalesce(t.revokedAt, $now)
RETURN t, u.username AS username
