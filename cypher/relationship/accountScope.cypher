// The people of one account, and of the accounts a rep owns when $repId is given, by name, id: scope.cypher
// anchored on the account, with the checks of exists.cypher in the same round trip. Parameters: $accountId,
// $repId (null = any), $visibility (an account the user may not see does not exist for them; its people are
// visible when it is).
// Returns one row: account (the account exists and is visible), rep (the rep exists; true when not asked),
// people (list of {id, name, p (the Person node)}, by name, id; empty when the account is not visible).
OPTIONAL MATCH (a:Account {id: $accountId})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
CALL (a) {
  OPTIONAL MATCH (a)<-[:WORKS_AT]-(p:Person)
  WHERE $repId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account)<-[:OWNS]-(:SalesRep {id: $repId}) }
  WITH p ORDER BY p.name, p.id
  RETURN collect(CASE WHEN p IS NOT NULL THEN {id: p.id, name: p.name, p: p} END) AS people
}
RETURN a IS NOT NULL AS account, $repId IS NULL OR EXISTS { (:SalesRep {id: $repId}) } AS rep, people
