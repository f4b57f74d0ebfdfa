// The last VISIT before a moment of each of the given accounts. A visit is an Interaction of kind VISIT with any
// person of the account. Parameters: $ids (account ids), $until (datetime, exclusive), $visibility (visible
// accounts only). Returns: id (account id), lastVisitAt (datetime, null when never visited).
UNWIND $ids AS id
MATCH (a:Account {id: id})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
CALL (a) {
  // conditions outside the MATCH: interactions are always reached from the account (see wonRevenue)
  OPTIONAL MATCH (a)<-[:WORKS_AT]-(:Person)<-[:WITH]-(i:Interaction)
  RETURN max(CASE WHEN i.kind = 'VISIT' AND i.at < $until THEN i.at END) AS lastVisitAt
}
RETURN a.id AS id, lastVisitAt
