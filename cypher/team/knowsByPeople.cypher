// The KNOWS ties of several people, both directions, strongest first. Parameters: $ids (person ids), $visibility (ties
// to people the user may not see are left out).
// Returns: id (the person), other (Person or SalesRep node), otherAccountId (when other is a person),
// strength, since, outgoing (true when recorded from the person: (person)-[:KNOWS]->(other)).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[k:KNOWS]-(other)
WHERE other:SalesRep OR (other:Person AND ($visibility.all OR EXISTS { (other)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }))
RETURN id, other, head([(other)-[:WORKS_AT]->(a:Account) | a.id]) AS otherAccountId,
       k.strength AS strength, k.since AS since, startNode(k) = p AS outgoing
ORDER BY k.strength DESC, other.name, other.id
