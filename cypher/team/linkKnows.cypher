// Records or updates a KNOWS tie from a person or a rep to a person. Parameters: $visibility (people at both ends visible), $fromId, $fromLabel ('Person'
// or 'SalesRep'), $toId, $strength (0..1), $since (date, null = keep the current one). Returns: strength, since.
CALL () {
  MATCH (f:Person {id: $fromId}) WHERE $fromLabel = 'Person' AND ($visibility.all OR EXISTS { (f)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }) RETURN f
  UNION
  MATCH (f:SalesRep {id: $fromId}) WHERE $fromLabel = 'SalesRep' RETURN f
}
MATCH (t:Person {id: $toId})
WHERE ($visibility.all OR EXISTS { (t)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
MERGE (f)-[k:KNOWS]->(t)
SET k.strength = $strength, k.since = coalesce($since, k.since)
RETURN k.strength AS strength, k.since AS since
