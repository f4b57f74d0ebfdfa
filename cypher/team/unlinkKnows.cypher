// Removes the KNOWS tie from a person or a rep to a person (nothing when there is none).
// Parameters: $visibility (the person the tie goes to visible), $fromId, $fromLabel ('Person' or 'SalesRep'), $toId. Returns: removed (int).
CALL () {
  MATCH (f:Person {id: $fromId}) WHERE $fromLabel = 'Person' RETURN f
  UNION
  MATCH (f:SalesRep {id: $fromId}) WHERE $fromLabel = 'SalesRep' RETURN f
}
OPTIONAL MATCH (f)-[k:KNOWS]->(t:Person {id: $toId})
WHERE ($visibility.all OR EXISTS { (t)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
DELETE k
RETURN count(k) AS removed
