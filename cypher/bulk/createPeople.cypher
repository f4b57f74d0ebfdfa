// Creates :Person nodes and their WORKS_AT ties from bulk-import rows, used when the database held no node
// that imports name when the import started. Parameters: $rows (list of {id, props, account}), $now (datetime).
// Returns: created, updated (row counts).
UNWIND $rows AS row
WITH row, row.props AS props
MATCH (acc:Account {id: row.account})
CREATE (p:Person)
SET p += props {.*, id: row.id, createdAt: coalesce(row.props.createdAt, $now),
               insider: coalesce(row.props.insider, false), buyingRoles: coalesce(row.props.buyingRoles, [])}
CREATE (p)-[:WORKS_AT]->(acc)
RETURN count(*) AS created, sum(0) AS updated
