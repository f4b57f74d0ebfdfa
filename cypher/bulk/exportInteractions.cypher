// Export page of interactions with their rep and people for the bulk CSV export, ordered by id.
// Parameters: $after (the last key of the previous page, '' at first), $limit (start nodes per page).
// Returns: key (paging key: the start node's id), rows (list of maps keyed by CSV column).
MATCH (n:Interaction) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
OPTIONAL MATCH (r:SalesRep)-[:LOGGED]->(n)
WITH n, min(r.id) AS rep
OPTIONAL MATCH (n)-[:WITH]->(p:Person)
WITH n, rep, p ORDER BY p.id
WITH n, rep, collect(p.id) AS persons
RETURN n.id AS key, [n {.*, rep: rep, person: persons}] AS rows
ORDER BY key
