// The deals of accounts whose amount is not a number between 0 and 10^15 (written outside Guanxi; Guanxi refuses
// such amounts): they are left out of revenue, funnel and reports. Parameters: $ids (account ids), $visibility
// (visible accounts only). Returns: id (account id), deals (ids of its deals with such an amount, sorted).
UNWIND $ids AS id
MATCH (d:Deal)-[:FOR]->(a:Account {id: id})
WHERE d.amount IS NOT NULL AND NOT coalesce(d.amount >= 0.0 AND d.amount <= 1.0e15, false)
  AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
WITH id, d.id AS deal ORDER BY deal
RETURN id, collect(deal) AS deals
