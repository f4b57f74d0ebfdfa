// The people and reps on warm-introduction paths.
// Parameters: $personIds, $repIds (lists of string).
// Returns one row per node found: n (the Person or SalesRep node), kind ('Person' or 'SalesRep'),
// accountId (the account a person works at, null for reps and people without one).
CALL () {
  UNWIND $personIds AS id
  MATCH (n:Person {id: id})
  OPTIONAL MATCH (n)-[:WORKS_AT]->(a:Account)
  RETURN n, 'Person' AS kind, a.id AS accountId
  UNION
  UNWIND $repIds AS id
  MATCH (n:SalesRep {id: id})
  RETURN n, 'SalesRep' AS kind, null AS accountId
}
RETURN n, kind, accountId
