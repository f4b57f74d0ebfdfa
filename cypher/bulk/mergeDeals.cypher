// Creates or updates :Deal nodes and their one FOR tie (to the account) from bulk-import rows, merged on id.
// Parameters: $rows (list of {id, props, account}). Returns: created, updated (row counts).
UNWIND $rows AS row
MATCH (acc:Account {id: row.account})
OPTIONAL MATCH (old:Deal {id: row.id})
OPTIONAL MATCH (old)-[:FOR]->(oldAccount:Account)
WITH row, acc, old, collect(oldAccount.id) AS oldAccounts
WITH row, acc, old IS NULL AS created,
     old IS NOT NULL AND (oldAccounts <> [row.account]
       OR any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k])) AS updated
WHERE created OR updated
MERGE (d:Deal {id: row.id})
ON CREATE SET d.status = 'OPEN'
SET d += row.props
WITH d, acc, created, updated
CALL (d, acc) {
  OPTIONAL MATCH (d)-[f:FOR]->(other:Account) WHERE other <> acc
  DELETE f
}
MERGE (d)-[:FOR]->(acc)
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated
