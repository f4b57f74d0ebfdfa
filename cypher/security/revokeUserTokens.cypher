// Revokes every token of a user (on disable and password reset). Parameters: $username, $now. Returns: nothing.
MATCH (:User {username: $username})-[:HAS_TOKEN]->(t:ApiToken)
WHERE NOT t.revoked
SET t.revoked = true, t.revokedAt = $now
