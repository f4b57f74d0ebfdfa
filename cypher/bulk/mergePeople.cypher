// Creates or updates :Person nodes and their one WORKS_AT tie from bulk-import rows, merged on id; a person
// moved to another account loses the old WORKS_AT. A row matching the stored values writes nothing.
// Parameters: $rows (list of {id, props, account}), $now (datetime). Returns: created, updated (row counts).
UNWIND $rows AS row
MATCH (acc:Account {id: row.account})
OPTIONAL MATCH (old:Person {id: row.id})
OPTIONAL MATCH (old)-[:WORKS_AT]->(oldAccount:Account)
WITH row, acc, old, collect(oldAccount.id) AS oldAccounts
WITH row, acc, old IS NULL AS created,
     old IS NOT NULL AND (oldAccounts <> [row.account]
       OR any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k])) AS updated
WHERE created OR updated
MERGE (p:Person {id: row.id})
ON CREATE SET p.createdAt = $now, p.insider = false, p.buyingRoles = []
SET p += row.props
WITH p, acc, created, updated
CALL (p, acc) {
  OPTIONAL MATCH (p)-[w:WORKS_AT]->(other:Account) WHERE other <> acc
  DELETE w
}
MERGE (p)-[:WORKS_AT]->(acc)
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated
