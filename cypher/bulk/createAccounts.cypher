// Creates :Account nodes from bulk-import rows, used when the database held no node that imports name when
// the import started (the ids are known to be new and unique). Parameters: $rows (list of {id, props}),
// $now (datetime). Returns: created, updated (row counts).
UNWIND $rows AS row
WITH row, row.props AS props, coalesce(row.props.lifecycle, 'POTENTIAL') AS lifecycle
CREATE (a:Account)
SET a += props {.*, id: row.id, createdAt: coalesce(row.props.createdAt, $now), lifecycle: lifecycle,
               signed: coalesce(row.props.signed, false), vip: coalesce(row.props.vip, false),
               prospectSince: coalesce(row.props.prospectSince, CASE WHEN lifecycle = 'PROSPECT' THEN $now END)}
RETURN count(*) AS created, sum(0) AS updated
