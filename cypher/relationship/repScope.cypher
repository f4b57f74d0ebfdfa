// The people of the accounts a rep owns, by name, id: scope.cypher anchored on the rep.
// Parameters: $repId, $visibility (people of visible accounts only). Returns: id, name.
MATCH (:SalesRep {id: $repId})-[:OWNS]->(:Account)<-[:WORKS_AT]-(p:Person)
WITH DISTINCT p
WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
RETURN p.id AS id, p.name AS name
ORDER BY p.name, p.id
