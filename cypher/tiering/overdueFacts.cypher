// In one pass over the accounts: the all-time won revenue of every account (for the ABC classes) and, for the
// accounts of the report, the last VISIT before a moment. A visit is an Interaction of kind VISIT with any person
// of the account. Parameters: $repId (the report covers the accounts this rep OWNS; null = all accounts),
// $until (datetime, exclusive), $withAccounts (boolean: also return the account nodes of the report).
// Returns: id, revenue (sum of WON deal amounts, 0.0 if none), inReport (boolean), lastVisitAt (datetime, null
// when never visited or not in the report), account (Account node when in the report and $withAccounts).
MATCH (a:Account)
CALL (a) {
  OPTIONAL MATCH (d:Deal)-[:FOR]->(a)
  WHERE d.status = 'WON'
  RETURN coalesce(sum(d.amount), 0.0) AS revenue
}
WITH a, revenue, ($repId IS NULL OR EXISTS { (:SalesRep {id: $repId})-[:OWNS]->(a) }) AS inReport
CALL (a, inReport) {
  OPTIONAL MATCH (a)<-[:WORKS_AT]-(:Person)<-[:WITH]-(i:Interaction)
  WHERE inReport AND i.kind = 'VISIT' AND i.at < $until
  RETURN max(i.at) AS lastVisitAt
}
RETURN a.id AS id, revenue, inReport, lastVisitAt, CASE WHEN inReport AND $withAccounts THEN a END AS account
