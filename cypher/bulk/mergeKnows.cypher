// Creates or updates KNOWS ties (from a person or a sales rep to a person) from bulk-import rows.
// Parameters: $rows (list of {a: from id, aType: 'person' or 'rep', b: to person id, props: {strength, since}}).
// Returns: created, updated (row counts).
UNWIND $rows AS row
// the start by its kind: one index lookup per kind, the other lookups find nothing (an id of null matches no
// node); cheaper per row than a UNION subquery
OPTIONAL MATCH (p:Person {id: CASE WHEN row.aType = 'person' THEN row.a END})
OPTIONAL MATCH (s:SalesRep {id: CASE WHEN row.aType = 'rep' THEN row.a END})
WITH row, coalesce(p, s) AS a
WHERE a IS NOT NULL
MATCH (b:Person {id: row.b})
OPTIONAL MATCH (a)-[old:KNOWS]->(b)
WITH a, b, row, old IS NULL AS created,
     old IS NOT NULL AND any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]) AS updated
WHERE created OR updated
MERGE (a)-[r:KNOWS]->(b)
SET r += row.props
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated
