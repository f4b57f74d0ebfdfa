// Removes the person's reporting line (to their manager). Parameters: $personId, $visibility
// (a visible person). Returns: removed (int).
MATCH (p:Person {id: $personId})-[r:REPORTS_TO]->(:Person)
WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
DELETE r
RETURN count(r) AS removed
