// The OPEN deals of accounts. Parameters: $ids (account ids), $visibility (visible accounts only).
// Returns: id (account id), amount (float, 0.0 when missing), expectedCloseAt (date or null); one row per deal.
// Amounts outside 0..10^15 (written outside Guanxi) are left out here and reported as data errors of their account.
UNWIND $ids AS id
MATCH (d:Deal)-[:FOR]->(a:Account {id: id})
WHERE d.status = 'OPEN' AND coalesce(d.amount >= 0.0 AND d.amount <= 1.0e15, d.amount IS NULL) AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN id, coalesce(d.amount, 0.0) AS amount, d.expectedCloseAt AS expectedCloseAt
