// The people and reps on warm-introduction paths.
// Parameters: $personIds, $repIds (lists of string), $visibility.
// Returns one row per node found: n (the Person or SalesRep node), kind ('Person' or 'SalesRep'),
// accountId (the account a person works at, null for reps and people without one), visible (whether the user may
// see the node; reps are visible to all), colleagues (for a person the user may not see: the names of the reps who
// own their account).
CALL () {
  UNWIND $personIds AS id
  MATCH (n:Person {id: id})
  OPTIONAL MATCH (n)-[:WORKS_AT]->(a:Account)
  WITH n, a, ($visibility.all OR EXISTS { (n)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }) AS visible
  RETURN n, 'Person' AS kind, a.id AS accountId, visible,
         CASE WHEN visible THEN [] ELSE [(a)<-[:OWNS]-(r:SalesRep) | r.name] END AS colleagues
  UNION
  UNWIND $repIds AS id
  MATCH (n:SalesRep {id: id})
  RETURN n, 'SalesRep' AS kind, null AS accountId, true AS visible, [] AS colleagues
}
RETURN n, kind, accountId, visible, colleagues
