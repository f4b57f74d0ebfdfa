// The accounts a sales rep OWNS with the last VISIT of each before a moment. A visit is an Interaction of kind
// VISIT with any person of the account. Parameters: $visibility (visible accounts only), $repId, $until (datetime, exclusive), $nodes (boolean: also
// return the account nodes), $fields (account properties to return as a list of values; empty for none).
// Returns: id (account id), lastVisitAt (datetime, null when never visited), node (Account node when $nodes,
// else null), values (the values of $fields when not empty, else null).
MATCH (:SalesRep {id: $repId})-[:OWNS]->(a:Account)
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
CALL (a) {
  // conditions outside the MATCH: interactions are always reached from the account (see wonRevenue)
  OPTIONAL MATCH (a)<-[:WORKS_AT]-(:Person)<-[:WITH]-(i:Interaction)
  RETURN max(CASE WHEN i.kind = 'VISIT' AND i.at < $until THEN i.at END) AS lastVisitAt
}
RETURN a.id AS id, lastVisitAt, CASE WHEN $nodes THEN a END AS node,
       CASE WHEN size($fields) > 0 THEN [k IN $fields | a[k]] END AS values
