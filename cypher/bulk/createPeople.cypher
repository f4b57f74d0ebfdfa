// Creates :Person nodes and their WORKS_AT ties from bulk-import rows, used when the database held no node
// that imports name when the import started. Parameters: $rows (list of {id, props, account}), $now (datetime).
// Returns: created, updated (row counts).
UNWIND $rows AS row
MATCH (acc:Account {id: row.account})
CREATE (p:Person {id: row.id})
SET p.createdAt = $now, p.insider = false, p.buyingRoles = []
SET p += row.props
CREATE (p)-[:WORKS_AT]->(acc)
RETURN count(*) AS created, sum(0) AS updated
