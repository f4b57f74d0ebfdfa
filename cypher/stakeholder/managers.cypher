// The manager of each of several people. Parameters: $ids (list of person ids), $visibility
// (visible managers only).
// Returns: personId, m (the manager's Person node), accountId (the manager's account).
UNWIND $ids AS id
MATCH (:Person {id: id})-[:REPORTS_TO]->(m:Person)
WHERE ($visibility.all OR EXISTS { (m)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
OPTIONAL MATCH (m)-[:WORKS_AT]->(a:Account)
RETURN id AS personId, m, a.id AS accountId
