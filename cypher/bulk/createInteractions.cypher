// Creates :Interaction nodes with their LOGGED and WITH ties from bulk-import rows, used when the database held
// no node that imports name when the import started. Parameters: $rows (list of {id, props, rep, persons}).
// Returns: created, updated (row counts).
UNWIND $rows AS row
WITH row, row.props AS props
CREATE (i:Interaction)
SET i += props {.*, id: row.id}
WITH i, row
CALL (i, row) {
  WITH i, row WHERE row.rep IS NOT NULL
  MATCH (rep:SalesRep {id: row.rep})
  CREATE (rep)-[:LOGGED]->(i)
}
CALL (i, row) {
  UNWIND row.persons AS personId
  MATCH (p:Person {id: personId})
  CREATE (i)-[:WITH]->(p)
}
RETURN count(*) AS created, sum(0) AS updated
