// The people of an account and/or of the accounts a rep owns (all people when both are null), by name, id.
// Parameters: $accountId, $repId (each null = any), $visibility
// (people of visible accounts only). Returns: id, name.
MATCH (p:Person)
WHERE ($accountId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account {id: $accountId}) })
  AND ($repId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account)<-[:OWNS]-(:SalesRep {id: $repId}) })
  AND ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
RETURN p.id AS id, p.name AS name
ORDER BY p.name, p.id
