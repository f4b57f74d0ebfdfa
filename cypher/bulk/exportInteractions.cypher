// Export page of interactions with their rep and people for the bulk CSV export, ordered by id.
// Parameters: $after (the last key of the previous page, '' at first), $limit (start nodes per page).
// Returns: key (paging key: the start node's id), rows (list of maps keyed by CSV column).
MATCH (n:Interaction) WHERE n.id > $after
WITH n, n.id AS nid ORDER BY nid LIMIT $limit
OPTIONAL MATCH (r:SalesRep)-[:LOGGED]->(n)
WITH n, nid, min(r.id) AS rep
OPTIONAL MATCH (n)-[:WITH]->(p:Person)
WITH n, nid, rep, p ORDER BY p.id
WITH n, nid, rep, collect(p.id) AS persons
RETURN nid AS key, [n {.*, rep: rep, person: persons}] AS rows
ORDER BY key
