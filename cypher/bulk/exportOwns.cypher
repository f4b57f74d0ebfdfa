// Export page of OWNS ties for the bulk CSV export, ordered by start id, then end id.
// Parameters: $after (the last key of the previous page, '' at first), $limit (start nodes per page).
// Returns: key (paging key: the start node's id), rows (list of maps keyed by CSV column).
MATCH (s:SalesRep) WHERE s.id > $after
WITH s, s.id AS sid ORDER BY sid LIMIT $limit
OPTIONAL MATCH (s)-[r:OWNS]->(t:Account)
WITH s, sid, t, r ORDER BY t.id
RETURN sid AS key, collect(CASE WHEN t IS NULL THEN null ELSE {rep: sid, account: t.id} END) AS rows
ORDER BY key
