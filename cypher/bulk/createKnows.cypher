// Creates KNOWS ties (from a person or a sales rep to a person) from bulk-import rows, used when the database
// held no node that imports name when the import started (every tie is new; ties are unique within the file).
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
CREATE (a)-[r:KNOWS]->(b)
SET r += row.props
RETURN count(*) AS created, sum(0) AS updated
