// Creates REFERRED ties from bulk-import rows, used when the database held no node that imports name when the
// import started (every tie is new; ties are unique within the file). Parameters: $rows (list of {a: source id,
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
CREATE (s)-[r:REFERRED]->(t)
SET r += row.props
RETURN count(*) AS created, sum(0) AS updated
