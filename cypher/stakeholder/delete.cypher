// Deletes a person with all their ties and the interactions with them.
// Parameters: $id, $visibility (a person of a visible account). Returns: interactions (int deleted).
MATCH (p:Person {id: $id})
WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
OPTIONAL MATCH (i:Interaction)-[:WITH]->(p)
WITH p, collect(DISTINCT i) AS interactions
FOREACH (x IN interactions | DETACH DELETE x)
DETACH DELETE p
RETURN size(interactions) AS interactions
