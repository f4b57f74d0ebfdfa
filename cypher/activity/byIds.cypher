// Interactions by id with the ids of their rep and person. Parameters: $ids.
// Returns: i (Interaction node), repId (null when the rep was deleted), personId.
UNWIND $ids AS id
MATCH (i:Interaction {id: id})
RETURN i, head([(r:SalesRep)-[:LOGGED]->(i) | r.id]) AS repId, head([(i)-[:WITH]->(p:Person) | p.id]) AS personId
