// Records or updates a KNOWS tie from a person or a rep to a person. Parameters: $fromId, $fromLabel ('Person'
// or 'SalesRep'), $toId, $strength (0..1), $since (date, null = keep the current one). Returns: strength, since.
CALL () {
  MATCH (f:Person {id: $fromId}) WHERE $fromLabel = 'Person' RETURN f
  UNION
  MATCH (f:SalesRep {id: $fromId}) WHERE $fromLabel = 'SalesRep' RETURN f
}
MATCH (t:Person {id: $toId})
MERGE (f)-[k:KNOWS]->(t)
SET k.strength = $strength, k.since = coalesce($since, k.since)
RETURN k.strength AS strength, k.since AS since
