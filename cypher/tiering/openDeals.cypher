// The OPEN deals of accounts. Parameters: $ids (account ids).
// Returns: id (account id), amount (float, 0.0 when missing), expectedCloseAt (date or null); one row per deal.
UNWIND $ids AS id
MATCH (d:Deal)-[:FOR]->(:Account {id: id})
WHERE d.status = 'OPEN'
RETURN id, coalesce(d.amount, 0.0) AS amount, d.expectedCloseAt AS expectedCloseAt
