// Creates or updates a person; when $accountId is given, the person works there (and nowhere else) afterwards.
// Parameters: $id, $props (map of the given properties), $accountId (null = keep), $now (datetime),
// $visibility (an existing person and the account must be visible).
// Returns: p, accountId; no row when the person exists but may not be seen.
OPTIONAL MATCH (existing:Person {id: $id})
WITH existing WHERE existing IS NULL OR ($visibility.all OR EXISTS { (existing)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
MERGE (p:Person {id: $id})
ON CREATE SET p.createdAt = $now, p.buyingRoles = [], p.decisionWeight = 0.0, p.insider = false
SET p += $props
WITH p
CALL (p) {
  MATCH (a:Account {id: $accountId})
  WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
  OPTIONAL MATCH (p)-[old:WORKS_AT]->(other:Account)
  WHERE other <> a
  DELETE old
  WITH DISTINCT a
  MERGE (p)-[:WORKS_AT]->(a)
}
WITH p
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
RETURN p, a.id AS accountId
