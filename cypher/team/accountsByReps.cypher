// The accounts several reps own, by account name then id. Parameters: $ids (rep ids), $visibility (visible
// accounts only).
// Returns: repId, a (Account node).
UNWIND $ids AS id
MATCH (:SalesRep {id: id})-[:OWNS]->(a:Account)
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN id AS repId, a
ORDER BY a.name, a.id
