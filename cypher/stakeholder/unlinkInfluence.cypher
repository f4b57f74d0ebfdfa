// Removes the tie (from)-[:INFLUENCES]->(to). Parameters: $fromId, $toId. Returns: removed (int).
MATCH (:Person {id: $fromId})-[i:INFLUENCES]->(:Person {id: $toId})
DELETE i
RETURN count(i) AS removed
