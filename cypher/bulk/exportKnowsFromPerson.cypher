// Export page of KNOWS ties from people for the bulk CSV export, ordered by start id, then end id.
// Parameters: $after (the last key of the previous page, '' at first), $limit (start nodes per page).
// Returns: key (paging key: the start node's id), rows (list of maps keyed by CSV column).
MATCH (s:Person) WHERE s.id > $after
WITH s, s.id AS sid ORDER BY sid LIMIT $limit
OPTIONAL MATCH (s)-[:WORKS_AT]->(sa:Account)
WITH s, sid, min(sa.id) AS sAccount
OPTIONAL MATCH (s)-[r:KNOWS]->(t:Person)
OPTIONAL MATCH (t)-[:WORKS_AT]->(ta:Account)
WITH s, sid, sAccount, t, r, min(ta.id) AS tAccount
WITH s, sid, sAccount, t, r, tAccount ORDER BY t.id
RETURN sid AS key, collect(CASE WHEN t IS NULL THEN null ELSE {from: sid, from_type: 'person', from_account: sAccount, to: t.id, to_account: tAccount, strength: r.strength, since: r.since} END) AS rows
ORDER BY key
