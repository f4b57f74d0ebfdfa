// Interactions with several people, newest first (then by id; instants compared as epoch milliseconds).
// Parameters: $ids (person ids).
// Returns: personId, i (Interaction node), repId (null when the rep was deleted).
UNWIND $ids AS id
MATCH (i:Interaction)-[:WITH]->(:Person {id: id})
RETURN id AS personId, i, head([(r:SalesRep)-[:LOGGED]->(i) | r.id]) AS repId
ORDER BY i.at.epochMillis DESC, i.id
