// Won revenue per account. Parameters: $ids, $visibility (visible accounts only). Returns: id, revenue (sum of WON deal amounts, 0 if none).
// Amounts outside 0..10^15 (written outside Guanxi) are left out here and reported as data errors of their account.
UNWIND $ids AS id
MATCH (a:Account {id: id})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
OPTIONAL MATCH (d:Deal {status: 'WON'})-[:FOR]->(a) WHERE d.amount >= 0.0 AND d.amount <= 1.0e15
RETURN id, coalesce(sum(d.amount), 0.0) AS revenue
