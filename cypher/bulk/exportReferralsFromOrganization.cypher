// Export page of REFERRED ties from organizations for the bulk CSV export, ordered by start id, then target type and id.
// Parameters: $after (the last key of the previous page, '' at first), $limit (start nodes per page).
// Returns: key (paging key: the start node's id), rows (list of maps keyed by CSV column).
MATCH (s:Organization) WHERE s.id > $after
WITH s, s.id AS sid ORDER BY sid LIMIT $limit
OPTIONAL MATCH (s)-[r:REFERRED]->(t) WHERE t:Account OR t:Person
OPTIONAL MATCH (t)-[:WORKS_AT]->(ta:Account)
WITH s, sid, t, r, min(ta.id) AS tAccount
WITH s, sid, t, r, tAccount, CASE WHEN t:Account THEN 'account' ELSE 'person' END AS targetType
ORDER BY targetType, t.id
RETURN sid AS key, collect(CASE WHEN t IS NULL THEN null ELSE {source: sid, source_type: 'organization', source_account: null, target: t.id, target_type: targetType, target_account: tAccount, at: r.at, note: r.note} END) AS rows
ORDER BY key
