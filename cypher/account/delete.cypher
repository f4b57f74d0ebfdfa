// Deletes an account with its people (and their interactions), its deals and its referral edges.
// Parameters: $id, $visibility (a visible account). Returns: people, interactions, deals (ints deleted).
MATCH (a:Account {id: $id})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
OPTIONAL MATCH (p:Person)-[:WORKS_AT]->(a)
OPTIONAL MATCH (i:Interaction)-[:WITH]->(p)
OPTIONAL MATCH (d:Deal)-[:FOR]->(a)
WITH a, collect(DISTINCT p) AS people, collect(DISTINCT i) AS interactions, collect(DISTINCT d) AS deals
FOREACH (x IN interactions | DETACH DELETE x)
FOREACH (x IN people | DETACH DELETE x)
FOREACH (x IN deals | DETACH DELETE x)
DETACH DELETE a
RETURN size(people) AS people, size(interactions) AS interactions, size(deals) AS deals
