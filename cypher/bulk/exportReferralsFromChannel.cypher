// Export page of REFERRED ties from channels for the bulk CSV export, ordered by start id, then target type and id.
// Parameters: $after (the last key of the previous page, '' at first), $limit (start nodes per page).
// Returns: key (paging key: the start node's id), rows (list of maps keyed by CSV column).
MATCH (s:Channel) WHERE s.id > $after
WITH s ORDER BY s.id LIMIT $limit
OPTIONAL MATCH (s)-[r:REFERRED]->(t) WHERE t:Account OR t:Person
OPTIONAL MATCH (t)-[:WORKS_AT]->(ta:Account)
WITH s, t, r, min(ta.id) AS tAccount
WITH s, t, r, tAccount, CASE WHEN t:Account THEN 'account' ELSE 'person' END AS targetType
ORDER BY targetType, t.id
RETURN s.id AS key, collect(CASE WHEN t IS NULL THEN null ELSE {source: s.id, source_type: 'channel', source_account: null, target: t.id, target_type: targetType, target_account: tAccount, at: r.at, note: r.note} END) AS rows
ORDER BY key
