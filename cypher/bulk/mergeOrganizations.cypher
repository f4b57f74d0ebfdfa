// Creates or updates :Organization nodes from bulk-import rows, merged on id; a row that matches the stored values
// writes nothing. Parameters: $rows (list of {id, props}), $now (datetime, createdAt of new nodes).
// Returns: created, updated (row counts).
UNWIND $rows AS row
OPTIONAL MATCH (old:Organization {id: row.id})
WITH row, old IS NULL AS created,
     old IS NOT NULL AND any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]) AS updated
WHERE created OR updated
MERGE (a:Organization {id: row.id})
ON CREATE SET a.createdAt = $now
SET a += row.props
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated
