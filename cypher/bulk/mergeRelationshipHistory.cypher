// Restores the history of relationship classes from bulk-import rows, merged on the person and the entry's
// number; the person's recorded class and its time are those of the latest entry.
// Parameters: $rows (list of {person: person id, props: {seq, from, to, at, cause}}).
// Returns: created, updated (row counts).
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
OPTIONAL MATCH (p)-[:HAD_CLASS]->(old:RelationshipChange {seq: row.props.seq})
WITH row, p, old, old IS NULL AS created,
     old IS NOT NULL AND any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]) AS updated
WHERE created OR updated
CALL (p, row) {
  MERGE (p)-[:HAD_CLASS]->(c:RelationshipChange {seq: row.props.seq})
  SET c += row.props
}
WITH p, created, updated
CALL (p) {
  MATCH (p)-[:HAD_CLASS]->(c:RelationshipChange)
  WITH c ORDER BY c.seq DESC LIMIT 1
  SET p.relationshipClass = c.to, p.relationshipSince = c.at
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated
