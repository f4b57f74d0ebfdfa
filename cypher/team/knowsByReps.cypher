// The KNOWS ties of several reps, strongest first. Parameters: $ids (rep ids).
// Returns: id (the rep), other (Person node), otherAccountId, strength, since, outgoing (true when recorded
// from the rep, which is how the API records them).
UNWIND $ids AS id
MATCH (r:SalesRep {id: id})-[k:KNOWS]-(other)
WHERE other:Person OR other:SalesRep
RETURN id, other, head([(other)-[:WORKS_AT]->(a:Account) | a.id]) AS otherAccountId,
       k.strength AS strength, k.since AS since, startNode(k) = r AS outgoing
ORDER BY k.strength DESC, other.name, other.id
