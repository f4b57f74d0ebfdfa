// Creates or updates the tie (from)-[:INFLUENCES {weight}]->(to). Parameters: $fromId, $toId, $weight,
// $visibility (both people visible).
// Returns: weight.
MATCH (f:Person {id: $fromId}), (t:Person {id: $toId})
WHERE ($visibility.all OR EXISTS { (f)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
  AND ($visibility.all OR EXISTS { (t)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
MERGE (f)-[i:INFLUENCES]->(t)
SET i.weight = $weight
RETURN i.weight AS weight
