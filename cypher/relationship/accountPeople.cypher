// The ids of the people of accounts. Parameters: $ids (account ids), $visibility (visible accounts only). Returns: id.
UNWIND $ids AS accountId
MATCH (p:Person)-[:WORKS_AT]->(a:Account {id: accountId})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN p.id AS id
