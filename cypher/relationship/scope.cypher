// The people of an account and/or of the accounts a rep owns (all people when both are null), by name, id.
// Parameters: $accountId, $repId (each null = any). Returns: id, name.
MATCH (p:Person)
WHERE ($accountId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account {id: $accountId}) })
  AND ($repId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account)<-[:OWNS]-(:SalesRep {id: $repId}) })
RETURN p.id AS id, p.name AS name
ORDER BY p.name, p.id
