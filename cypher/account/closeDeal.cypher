// Closes a deal as WON or LOST. Parameters: $id, $status, $closedAt, $amount (null = keep), $lostTo.
// Returns: d, accountId.
MATCH (d:Deal {id: $id})-[:FOR]->(a:Account)
SET d.status = $status, d.closedAt = $closedAt, d.amount = coalesce($amount, d.amount), d.lostTo = $lostTo
RETURN d, a.id AS accountId
