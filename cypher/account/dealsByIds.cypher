// Deals by id with their account id. Parameters: $ids, $visibility (deals of visible accounts only). Returns: d (Deal node), accountId.
UNWIND $ids AS id
MATCH (d:Deal {id: id})-[:FOR]->(a:Account)
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN d, a.id AS accountId
