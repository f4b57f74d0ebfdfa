// Links a user to the rep it is (replacing a previous link), or removes the link when $repId is null.
// Parameters: $username, $repId (or null). Returns: linked (boolean: false when $repId names no rep).
MATCH (u:User {username: $username})
OPTIONAL MATCH (r:SalesRep {id: $repId})
WITH u, r
WHERE $repId IS NULL OR r IS NOT NULL
OPTIONAL MATCH (u)-[old:IS]->(:SalesRep)
DELETE old
WITH DISTINCT u, r
FOREACH (rep IN CASE WHEN r IS NULL THEN [] ELSE [r] END | CREATE (u)-[:IS]->(rep))
RETURN true AS linked
