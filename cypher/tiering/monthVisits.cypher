// The VISITs of each account in a time window, and its owners. Parameters: $visibility (visible accounts only), $repId (only accounts this rep OWNS;
// null = all accounts), $start (datetime, inclusive), $end (datetime, exclusive).
// Returns: id (account id), visits (list of datetimes), owners (ids of the reps who own it, by id).
MATCH (a:Account)
WHERE ($repId IS NULL OR EXISTS { (:SalesRep {id: $repId})-[:OWNS]->(a) })
  AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
CALL (a) {
  // conditions outside the MATCH: interactions are always reached from the account (see wonRevenue)
  OPTIONAL MATCH (a)<-[:WORKS_AT]-(:Person)<-[:WITH]-(i:Interaction)
  RETURN collect(CASE WHEN i.kind = 'VISIT' AND i.at >= $start AND i.at < $end THEN i.at END) AS visits
}
CALL (a) {
  OPTIONAL MATCH (r:SalesRep)-[:OWNS]->(a)
  WITH r ORDER BY r.id
  RETURN collect(r.id) AS owners
}
RETURN a.id AS id, visits, owners
