// Won revenue of every account that has some, or of the given accounts, for the whole-book ranking of referrers
// (topReferrers).
// Parameters: $refs (element ids of the accounts whose revenue is read; null for every account), $visibility (visible
// accounts only). Returns one row: refs (element ids of the accounts), revenues (the sum of the amounts of the WON
// deals of the account at the same position).
// Amounts outside 0..10^15 (written outside Guanxi) are left out here and reported as data errors of their account.
CALL () {
  UNWIND CASE WHEN $refs IS NULL THEN [true] ELSE [] END AS every
  MATCH (d:Deal {status: 'WON'})-[:FOR]->(a:Account) RETURN d, a
  UNION ALL
  UNWIND coalesce($refs, []) AS ref
  MATCH (d:Deal {status: 'WON'})-[:FOR]->(a:Account) WHERE elementId(a) = ref RETURN d, a
}
WITH a, d
WHERE d.amount >= 0.0 AND d.amount <= 1.0e15
  AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
WITH a, sum(coalesce(d.amount, 0.0)) AS revenue
RETURN collect(elementId(a)) AS refs, collect(revenue) AS revenues
