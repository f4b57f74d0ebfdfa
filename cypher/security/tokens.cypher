// API tokens, newest first: a user's own (or everyone's when $username is null). Sign-in tokens of
// POST /api/token are left out. Parameters: $username (or null). Returns: t (ApiToken), username.
MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {kind: 'API'})
WHERE $username IS NULL OR u.username = $username
RETURN t, u.username AS username
ORDER BY t.created DESC, t.id
