// Deals of several accounts, newest opened first. Parameters: $ids, $visibility (visible accounts only). Returns: accountId, d (Deal node).
UNWIND $ids AS id
MATCH (d:Deal)-[:FOR]->(a:Account {id: id})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN id AS accountId, d
ORDER BY d.openedAt DESC, d.id
