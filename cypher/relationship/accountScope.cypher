// The people of one account, and of the accounts a rep owns when $repId is given, by name, id: scope.cypher
// anchored on the account. Parameters: $accountId, $repId (null = any), $visibility (people of visible accounts
// only). Returns: id, name.
MATCH (:Account {id: $accountId})<-[:WORKS_AT]-(p:Person)
WHERE ($repId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account)<-[:OWNS]-(:SalesRep {id: $repId}) })
  AND ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
RETURN p.id AS id, p.name AS name
ORDER BY p.name, p.id
