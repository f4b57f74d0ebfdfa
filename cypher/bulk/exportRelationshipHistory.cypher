// Export page of the relationship-class history for the bulk CSV export, by person id, oldest first.
// Parameters: $after (the last key of the previous page, '' at first), $limit (people per page).
// Returns: key (paging key: the person's id), rows (list of maps keyed by CSV column).
MATCH (n:Person) WHERE n.id > $after AND EXISTS { (n)-[:HAD_CLASS]->(:RelationshipChange) }
WITH n, n.id AS nid ORDER BY nid LIMIT $limit
RETURN nid AS key,
       COLLECT { MATCH (n)-[:HAD_CLASS]->(c:RelationshipChange)
                 WITH c ORDER BY c.seq
                 RETURN c {person: nid, .seq, .from, .to, .at, .cause} } AS rows
ORDER BY key
