// Creates a user. Parameters: $username, $passwordHash, $role, $repId (or null), $now (datetime).
// Returns: u (User node), rep (SalesRep node or null). No row when $repId names no rep.
OPTIONAL MATCH (r:SalesRep {id: $repId})
WITH r
WHERE $repId IS NULL OR r IS NOT NULL
CREATE (u:User {id: $username, username: $username, passwordHash: $passwordHash, role: $role, disabled: false,
                created: $now})
FOREACH (rep IN CASE WHEN r IS NULL THEN [] ELSE [r] END | CREATE (u)-[:IS]->(rep))
RETURN u, r AS rep
