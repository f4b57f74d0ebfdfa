// Creates or updates INFLUENCES ties from bulk-import rows. Parameters: $rows (list of {a: from person id,
// b: to person id, props: {weight}}). Returns: created, updated (row counts).
UNWIND $rows AS row
MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
OPTIONAL MATCH (a)-[old:INFLUENCES]->(b)
WITH a, b, row, old IS NULL AS created,
     old IS NOT NULL AND any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]) AS updated
WHERE created OR updated
MERGE (a)-[r:INFLUENCES]->(b)
SET r += row.props
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated
