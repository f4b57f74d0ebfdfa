// Export page of accounts for the bulk CSV export, ordered by id.
// Parameters: $after (the last key of the previous page, '' at first), $limit (start nodes per page).
// Returns: key (paging key: the start node's id), rows (list of maps keyed by CSV column).
MATCH (n:Account) WHERE n.id > $after
WITH n, n.id AS nid ORDER BY nid LIMIT $limit
RETURN nid AS key, [properties(n)] AS rows
ORDER BY key
