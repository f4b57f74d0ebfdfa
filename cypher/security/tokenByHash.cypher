// The token with this hash and its user, when the token is usable now (not revoked, not expired) and the user
// is enabled. Parameters: $hash, $now (datetime). Returns: t (ApiToken), u (User), rep (SalesRep or null).
MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {hash: $hash})
WHERE NOT t.revoked AND (t.expiresAt IS NULL OR t.expiresAt > $now) AND NOT u.disabled
OPTIONAL MATCH (u)-[:IS]->(rep:SalesRep)
RETURN t, u, rep
