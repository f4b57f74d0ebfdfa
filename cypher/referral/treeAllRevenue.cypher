// Won revenue of every account that has some, for the whole-book ranking of referrers (topReferrers).
// Parameters: $visibility (visible accounts only). Returns: ref (element id of the account), revenue (sum of its WON deals' amounts).
// Amounts outside 0..10^15 (written outside Guanxi) are left out here and reported as data errors of their account.
MATCH (d:Deal {status: 'WON'})-[:FOR]->(a:Account)
WHERE d.amount >= 0.0 AND d.amount <= 1.0e15
WITH a, d
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN elementId(a) AS ref, sum(coalesce(d.amount, 0.0)) AS revenue
