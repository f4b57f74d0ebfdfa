// Export page of KNOWS ties from sales reps for the bulk CSV export, ordered by start id, then end id.
// Parameters: $after (the last key of the previous page, '' at first), $limit (start nodes per page).
// Returns: key (paging key: the start node's id), rows (list of maps keyed by CSV column).
MATCH (s:SalesRep) WHERE s.id > $after
WITH s, s.id AS sid ORDER BY sid LIMIT $limit
OPTIONAL MATCH (s)-[r:KNOWS]->(t:Person)
OPTIONAL MATCH (t)-[:WORKS_AT]->(ta:Account)
WITH s, sid, t, r, min(ta.id) AS tAccount
WITH s, sid, t, r, tAccount ORDER BY t.id
RETURN sid AS key, collect(CASE WHEN t IS NULL THEN null ELSE {from: sid, from_type: 'rep', to: t.id, to_account: tAccount, strength: r.strength, since: r.since} END) AS rows
ORDER BY key
