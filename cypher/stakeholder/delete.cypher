// Deletes a person with all their ties and the interactions with them.
// Parameters: $id. Returns: interactions (int deleted).
MATCH (p:Person {id: $id})
OPTIONAL MATCH (i:Interaction)-[:WITH]->(p)
WITH p, collect(DISTINCT i) AS interactions
FOREACH (x IN interactions | DETACH DELETE x)
DETACH DELETE p
RETURN size(interactions) AS interactions
