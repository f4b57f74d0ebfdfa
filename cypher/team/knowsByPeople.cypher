// The KNOWS ties of several people, both directions, strongest first. Parameters: $ids (person ids).
// Returns: id (the person), other (Person or SalesRep node), otherAccountId (when other is a person),
// strength, since, outgoing (true when recorded from the person: (person)-[:KNOWS]->(other)).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[k:KNOWS]-(other)
WHERE other:Person OR other:SalesRep
RETURN id, other, head([(other)-[:WORKS_AT]->(a:Account) | a.id]) AS otherAccountId,
       k.strength AS strength, k.since AS since, startNode(k) = p AS outgoing
ORDER BY k.strength DESC, other.name, other.id
