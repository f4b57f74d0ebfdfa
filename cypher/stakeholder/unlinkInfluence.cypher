// Removes the tie (from)-[:INFLUENCES]->(to). Parameters: $fromId, $toId, $visibility
// (the person swayed must be visible). Returns: removed (int).
MATCH (:Person {id: $fromId})-[i:INFLUENCES]->(t:Person {id: $toId})
WHERE ($visibility.all OR EXISTS { (t)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
DELETE i
RETURN count(i) AS removed
