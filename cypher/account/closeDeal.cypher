// Closes a deal as WON or LOST. Parameters: $id (a deal of a visible account), $status, $closedAt, $amount (null = keep), $lostTo, $visibility.
// Returns: d, accountId.
MATCH (d:Deal {id: $id})-[:FOR]->(a:Account)
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
SET d.status = $status, d.closedAt = $closedAt, d.amount = coalesce($amount, d.amount), d.lostTo = $lostTo
RETURN d, a.id AS accountId
