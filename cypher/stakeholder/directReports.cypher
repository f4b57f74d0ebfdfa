// The direct reports of several people, by level (none last), name, id. Parameters: $ids (list of person ids),
// $visibility (visible people only).
// Returns: managerId, r (Person node), accountId (the report's account).
UNWIND $ids AS id
MATCH (r:Person)-[:REPORTS_TO]->(:Person {id: id})
WHERE ($visibility.all OR EXISTS { (r)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
OPTIONAL MATCH (r)-[:WORKS_AT]->(a:Account)
RETURN id AS managerId, r, a.id AS accountId
ORDER BY r.level IS NULL, r.level, r.name, r.id
