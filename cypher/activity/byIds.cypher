// Interactions by id with the ids of their rep and person. Parameters: $ids, $visibility (interactions with people of visible accounts only).
// Returns: i (Interaction node), repId (null when the rep was deleted), personId.
UNWIND $ids AS id
MATCH (i:Interaction {id: id})
WHERE ($visibility.all OR EXISTS { (i)-[:WITH]->(:Person)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
RETURN i, head([(r:SalesRep)-[:LOGGED]->(i) | r.id]) AS repId, head([(i)-[:WITH]->(p:Person) | p.id]) AS personId
