// Interactions with several people, newest first (then by id; instants compared as epoch milliseconds).
// Parameters: $ids (person ids), $visibility (visible people only).
// Returns: personId, i (Interaction node), repId (null when the rep was deleted).
UNWIND $ids AS id
MATCH (i:Interaction)-[:WITH]->(p:Person {id: id})
WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
RETURN id AS personId, i, head([(r:SalesRep)-[:LOGGED]->(i) | r.id]) AS repId
ORDER BY i.at.epochMillis DESC, i.id
