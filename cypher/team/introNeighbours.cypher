// The KNOWS ties, either direction, of some people and reps (one hop of a warm-introduction search).
// Parameters: $personIds, $repIds (lists of string).
// Returns one row per tie end: key ('Person:' or 'SalesRep:' + the id of the given node),
// other (the same kind of key for the node at the other end), strength (float, null when unset).
CALL () {
  UNWIND $personIds AS id
  MATCH (n:Person {id: id})
  RETURN n
  UNION
  UNWIND $repIds AS id
  MATCH (n:SalesRep {id: id})
  RETURN n
}
MATCH (n)-[k:KNOWS]-(m)
WHERE m:Person OR m:SalesRep
RETURN CASE WHEN n:SalesRep THEN 'SalesRep:' ELSE 'Person:' END + n.id AS key,
       CASE WHEN m:SalesRep THEN 'SalesRep:' ELSE 'Person:' END + m.id AS other,
       k.strength AS strength
