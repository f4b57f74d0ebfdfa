// Creates :Deal nodes and their FOR ties from bulk-import rows, used when the database held no node that
// imports name when the import started. Parameters: $rows (list of {id, props, account}).
// Returns: created, updated (row counts).
UNWIND $rows AS row
MATCH (acc:Account {id: row.account})
CREATE (d:Deal {id: row.id})
SET d.status = 'OPEN'
SET d += row.props
CREATE (d)-[:FOR]->(acc)
RETURN count(*) AS created, sum(0) AS updated
