// Export page of INFLUENCES ties for the bulk CSV export, ordered by start id, then end id.
// Parameters: $after (the last key of the previous page, '' at first), $limit (start nodes per page).
// Returns: key (paging key: the start node's id), rows (list of maps keyed by CSV column).
MATCH (s:Person) WHERE s.id > $after
WITH s ORDER BY s.id LIMIT $limit
OPTIONAL MATCH (s)-[r:INFLUENCES]->(t:Person)
WITH s, t, r ORDER BY t.id
RETURN s.id AS key, collect(CASE WHEN t IS NULL THEN null ELSE {from: s.id, from_account: COLLECT { MATCH (s)-[:WORKS_AT]->(a:Account) RETURN a.id ORDER BY a.id LIMIT 1 }[0], to: t.id, to_account: COLLECT { MATCH (t)-[:WORKS_AT]->(a:Account) RETURN a.id ORDER BY a.id LIMIT 1 }[0], weight: r.weight} END) AS rows
ORDER BY key
