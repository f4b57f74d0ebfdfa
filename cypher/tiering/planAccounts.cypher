// Every visible account with its owners, for the visit plan. Parameters: $visibility (visible accounts only).
// Returns: id (account id), owners (ids of the reps who own it, by id).
MATCH (a:Account)
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
CALL (a) {
  OPTIONAL MATCH (r:SalesRep)-[:OWNS]->(a)
  WITH r ORDER BY r.id
  RETURN collect(r.id) AS owners
}
RETURN a.id AS id, owners
