// Creates or updates a person; when $accountId is given, the person works there (and nowhere else) afterwards.
// Parameters: $id, $props (map of the given properties), $accountId (null = keep), $now (datetime).
// Returns: p, accountId.
MERGE (p:Person {id: $id})
ON CREATE SET p.createdAt = $now, p.buyingRoles = [], p.decisionWeight = 0.0, p.insider = false
SET p += $props
WITH p
CALL (p) {
  MATCH (a:Account {id: $accountId})
  OPTIONAL MATCH (p)-[old:WORKS_AT]->(other:Account)
  WHERE other <> a
  DELETE old
  WITH DISTINCT a
  MERGE (p)-[:WORKS_AT]->(a)
}
WITH p
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
RETURN p, a.id AS accountId
