// Creates :SalesRep nodes from bulk-import rows, used when the database held no node that imports name when
// the import started (the ids are known to be new and unique). Parameters: $rows (list of {id, props}),
// $now (datetime). Returns: created, updated (row counts).
UNWIND $rows AS row
WITH row, row.props AS props
CREATE (a:SalesRep)
SET a += props {.*, id: row.id, createdAt: coalesce(row.props.createdAt, $now)}
RETURN count(*) AS created, sum(0) AS updated
