// Export page of INFLUENCES ties for the bulk CSV export, ordered by start id, then end id.
// Parameters: $after (the last key of the previous page, '' at first), $limit (start nodes per page).
// Returns: key (paging key: the start node's id), rows (list of maps keyed by CSV column).
MATCH (s:Person) WHERE s.id > $after
WITH s ORDER BY s.id LIMIT $limit
OPTIONAL MATCH (s)-[:WORKS_AT]->(sa:Account)
WITH s, min(sa.id) AS sAccount
OPTIONAL MATCH (s)-[r:INFLUENCES]->(t:Person)
OPTIONAL MATCH (t)-[:WORKS_AT]->(ta:Account)
WITH s, sAccount, t, r, min(ta.id) AS tAccount
WITH s, sAccount, t, r, tAccount ORDER BY t.id
RETURN s.id AS key, collect(CASE WHEN t IS NULL THEN null ELSE {from: s.id, from_account: sAccount, to: t.id, to_account: tAccount, weight: r.weight} END) AS rows
ORDER BY key
