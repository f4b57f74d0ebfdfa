// The OPEN deals of accounts. Parameters: $ids (account ids), $visibility (visible accounts only).
// Returns: id (account id), amount (float, 0.0 when missing), expectedCloseAt (date or null); one row per deal.
UNWIND $ids AS id
MATCH (d:Deal)-[:FOR]->(a:Account {id: id})
WHERE d.status = 'OPEN' AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN id, coalesce(d.amount, 0.0) AS amount, d.expectedCloseAt AS expectedCloseAt
