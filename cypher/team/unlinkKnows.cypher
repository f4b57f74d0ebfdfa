// Removes the KNOWS tie from a person or a rep to a person (nothing when there is none).
// Parameters: $fromId, $fromLabel ('Person' or 'SalesRep'), $toId. Returns: removed (int).
CALL () {
  MATCH (f:Person {id: $fromId}) WHERE $fromLabel = 'Person' RETURN f
  UNION
  MATCH (f:SalesRep {id: $fromId}) WHERE $fromLabel = 'SalesRep' RETURN f
}
OPTIONAL MATCH (f)-[k:KNOWS]->(:Person {id: $toId})
DELETE k
RETURN count(k) AS removed
