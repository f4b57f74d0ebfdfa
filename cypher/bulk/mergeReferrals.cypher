// Creates or updates REFERRED ties from bulk-import rows. Parameters: $rows (list of {a: source id,
// aType: account|person|organization|channel, b: target id, bType: account|person, props: {at, note}}).
// Returns: created, updated (row counts).
UNWIND $rows AS row
CALL (row) {
  MATCH (s:Account {id: row.a}) WHERE row.aType = 'account' RETURN s
  UNION
  MATCH (s:Person {id: row.a}) WHERE row.aType = 'person' RETURN s
  UNION
  MATCH (s:Organization {id: row.a}) WHERE row.aType = 'organization' RETURN s
  UNION
  MATCH (s:Channel {id: row.a}) WHERE row.aType = 'channel' RETURN s
}
CALL (row) {
  MATCH (t:Account {id: row.b}) WHERE row.bType = 'account' RETURN t
  UNION
  MATCH (t:Person {id: row.b}) WHERE row.bType = 'person' RETURN t
}
OPTIONAL MATCH (s)-[old:REFERRED]->(t)
WITH s, t, row, old IS NULL AS created,
     old IS NOT NULL AND any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]) AS updated
WHERE created OR updated
MERGE (s)-[r:REFERRED]->(t)
SET r += row.props
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated
