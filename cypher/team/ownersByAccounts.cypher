// The owners of several accounts, by rep name then id. Parameters: $ids (account ids), $visibility
// (visible accounts only).
// Returns: accountId, r (SalesRep node).
UNWIND $ids AS id
MATCH (r:SalesRep)-[:OWNS]->(a:Account {id: id})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN id AS accountId, r
ORDER BY r.name, r.id
