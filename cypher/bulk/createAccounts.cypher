// Creates :Account nodes from bulk-import rows, used when the database held no node that imports name when
// the import started (the ids are known to be new and unique). Parameters: $rows (list of {id, props}),
// $now (datetime). Returns: created, updated (row counts).
UNWIND $rows AS row
CREATE (a:Account {id: row.id})
SET a.createdAt = $now, a.lifecycle = 'POTENTIAL', a.signed = false, a.vip = false
SET a += row.props
SET a.prospectSince = coalesce(a.prospectSince, CASE WHEN a.lifecycle = 'PROSPECT' THEN $now END)
RETURN count(*) AS created, sum(0) AS updated
