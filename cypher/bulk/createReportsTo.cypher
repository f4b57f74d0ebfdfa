// Creates REPORTS_TO ties from bulk-import rows (one per person, checked before), used when the database held
// no node that imports name when the import started. Parameters: $rows (list of {a: person id, b: manager id}).
// Returns: created, updated (row counts).
UNWIND $rows AS row
MATCH (p:Person {id: row.a}), (m:Person {id: row.b})
CREATE (p)-[:REPORTS_TO]->(m)
RETURN count(*) AS created, sum(0) AS updated
