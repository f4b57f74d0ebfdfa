// Export page of deals with their account for the bulk CSV export, ordered by id.
// Parameters: $after (the last key of the previous page, '' at first), $limit (start nodes per page).
// Returns: key (paging key: the start node's id), rows (list of maps keyed by CSV column).
MATCH (n:Deal) WHERE n.id > $after
WITH n, n.id AS nid ORDER BY nid LIMIT $limit
OPTIONAL MATCH (n)-[:FOR]->(a:Account)
WITH n, nid, min(a.id) AS account
RETURN nid AS key, [n {.*, account: account}] AS rows
ORDER BY key
