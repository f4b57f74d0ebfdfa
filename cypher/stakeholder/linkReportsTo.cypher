// Sets the manager of a person, replacing a previous one. Parameters: $personId, $managerId.
// Returns: p, accountId.
MATCH (p:Person {id: $personId}), (m:Person {id: $managerId})
OPTIONAL MATCH (p)-[old:REPORTS_TO]->(:Person)
DELETE old
WITH DISTINCT p, m
MERGE (p)-[:REPORTS_TO]->(m)
WITH p
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
RETURN p, a.id AS accountId
