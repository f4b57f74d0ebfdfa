// The visible accounts a sales rep OWNS, for the rep's visit plan (each planned for that rep).
// Parameters: $repId, $visibility (visible accounts only). Returns: id (account id).
MATCH (:SalesRep {id: $repId})-[:OWNS]->(a:Account)
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN a.id AS id
