// Creates KNOWS ties (from a person or a sales rep to a person) from bulk-import rows, used when the database
// held no node that imports name when the import started (every tie is new; ties are unique within the file).
// Parameters: $rows (list of {a: from id, aType: 'person' or 'rep', b: to person id, props: {strength, since}}).
// Returns: created, updated (row counts).
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Person {id: row.a}) WHERE row.aType = 'person' RETURN a
  UNION
  MATCH (a:SalesRep {id: row.a}) WHERE row.aType = 'rep' RETURN a
}
MATCH (b:Person {id: row.b})
CREATE (a)-[r:KNOWS]->(b)
SET r += row.props
RETURN count(*) AS created, sum(0) AS updated
