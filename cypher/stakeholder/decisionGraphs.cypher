// The decision graphs of accounts: the account, its people, and the ties between two of its people.
// Parameters: $accountIds (list of string), $tieTypes (list of the relationship types wanted, among
// 'INFLUENCES', 'REPORTS_TO', 'KNOWS'), $visibility (visible accounts only).
// Returns one row per existing account: account (Account node), people (list of Person nodes),
// and the ties as four parallel lists: froms, tos (person ids), types (relationship types), weights
// (INFLUENCES.weight or KNOWS.strength, 0.0 when unset and for REPORTS_TO).
// The far end of a tie is checked against the list of the account's people rather than by its own WORKS_AT
// relationship: a membership test costs the same for every tie, whereas looking for WORKS_AT reads through all
// the relationships of the far end, tie after tie.
UNWIND $accountIds AS accountId
MATCH (a:Account {id: accountId})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
CALL (a) {
  OPTIONAL MATCH (p:Person)-[:WORKS_AT]->(a)
  RETURN collect(p) AS people
}
CALL (people) {
  UNWIND people AS u
  MATCH (u)-[r:INFLUENCES|REPORTS_TO|KNOWS]->(v)
  WHERE type(r) IN $tieTypes AND v IN people
  RETURN collect(u.id) AS froms, collect(v.id) AS tos, collect(type(r)) AS types,
         collect(coalesce(r.weight, r.strength, 0.0)) AS weights
}
RETURN a AS account, people, froms, tos, types, weights
