// Creates :Deal nodes and their FOR ties from bulk-import rows, used when the database held no node that
// imports name when the import started. Parameters: $rows (list of {id, props, account}).
// Returns: created, updated (row counts).
UNWIND $rows AS row
WITH row, row.props AS props
MATCH (acc:Account {id: row.account})
CREATE (d:Deal)
SET d += props {.*, id: row.id, status: coalesce(row.props.status, 'OPEN')}
CREATE (d)-[:FOR]->(acc)
RETURN count(*) AS created, sum(0) AS updated
