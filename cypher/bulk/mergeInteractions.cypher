// Creates or updates :Interaction nodes with their LOGGED (from the rep) and WITH (to the people) ties from
// bulk-import rows, merged on id; the rep and the people given replace the stored ones.
// Parameters: $rows (list of {id, props, rep (id or null), persons (list of person ids)}).
// Returns: created, updated (row counts).
UNWIND $rows AS row
OPTIONAL MATCH (old:Interaction {id: row.id})
OPTIONAL MATCH (oldRep:SalesRep)-[:LOGGED]->(old)
WITH row, old, collect(oldRep.id) AS oldReps
OPTIONAL MATCH (old)-[:WITH]->(oldPerson:Person)
WITH row, old, oldReps, collect(oldPerson.id) AS oldPersons
WITH row, old IS NULL AS created,
     old IS NOT NULL AND (
       any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k])
       OR (row.rep IS NOT NULL AND oldReps <> [row.rep])
       OR (size(row.persons) > 0 AND (size(oldPersons) <> size(row.persons)
           OR any(p IN row.persons WHERE NOT p IN oldPersons)))) AS updated
WHERE created OR updated
MERGE (i:Interaction {id: row.id})
SET i += row.props
WITH i, row, created, updated
CALL (i, row) {
  WITH i, row WHERE row.rep IS NOT NULL
  MATCH (rep:SalesRep {id: row.rep})
  OPTIONAL MATCH (other:SalesRep)-[l:LOGGED]->(i) WHERE other <> rep
  DELETE l
  WITH DISTINCT i, rep
  MERGE (rep)-[:LOGGED]->(i)
}
CALL (i, row) {
  WITH i, row WHERE size(row.persons) > 0
  OPTIONAL MATCH (i)-[w:WITH]->(other:Person) WHERE NOT other.id IN row.persons
  DELETE w
  WITH DISTINCT i, row
  UNWIND row.persons AS personId
  MATCH (p:Person {id: personId})
  MERGE (i)-[:WITH]->(p)
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated
