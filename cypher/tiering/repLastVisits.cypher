// The accounts a sales rep OWNS with the last VISIT of each before a moment. A visit is an Interaction of kind
// VISIT with any person of the account. Parameters: $repId, $until (datetime, exclusive), $withAccounts
// (boolean: also return the account nodes). Returns: id (account id), lastVisitAt (datetime, null when never
// visited), account (Account node when $withAccounts, else null).
MATCH (:SalesRep {id: $repId})-[:OWNS]->(a:Account)
CALL (a) {
  // conditions outside the MATCH: interactions are always reached from the account (see wonRevenue)
  OPTIONAL MATCH (a)<-[:WORKS_AT]-(:Person)<-[:WITH]-(i:Interaction)
  RETURN max(CASE WHEN i.kind = 'VISIT' AND i.at < $until THEN i.at END) AS lastVisitAt
}
RETURN a.id AS id, lastVisitAt, CASE WHEN $withAccounts THEN a END AS account
