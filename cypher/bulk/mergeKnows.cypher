// Creates or updates KNOWS ties (from a person or a sales rep to a person) from bulk-import rows.
// Parameters: $rows (list of {a: from id, aType: 'person' or 'rep', b: to person id, props: {strength, since}}).
// Returns: created, updated (row counts).
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Person {id: row.a}) WHERE row.aType = 'person' RETURN a
  UNION
  MATCH (a:SalesRep {id: row.a}) WHERE row.aType = 'rep' RETURN a
}
MATCH (b:Person {id: row.b})
OPTIONAL MATCH (a)-[old:KNOWS]->(b)
WITH a, b, row, old IS NULL AS created,
     old IS NOT NULL AND any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]) AS updated
WHERE created OR updated
MERGE (a)-[r:KNOWS]->(b)
SET r += row.props
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated
