// The people of several accounts, by level (people without a level last), then name, then id.
// Parameters: $ids (list of account ids), $visibility (visible accounts only). Returns: accountId, p (Person node).
UNWIND $ids AS id
MATCH (p:Person)-[:WORKS_AT]->(a:Account {id: id})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN id AS accountId, p
ORDER BY p.level IS NULL, p.level, p.name, p.id
