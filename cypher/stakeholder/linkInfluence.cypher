// Creates or updates the tie (from)-[:INFLUENCES {weight}]->(to). Parameters: $fromId, $toId, $weight.
// Returns: weight.
MATCH (f:Person {id: $fromId}), (t:Person {id: $toId})
MERGE (f)-[i:INFLUENCES]->(t)
SET i.weight = $weight
RETURN i.weight AS weight
