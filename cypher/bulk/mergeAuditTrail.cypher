// Restores audit trail entries from bulk-import rows. The trail is only ever appended to: a row whose id is
// already stored is left out, whatever it says; blank username, ids and fields are stored as '' and [].
// Parameters: $rows (list of {id, props: {at, username, operation, ids, fields, outcome, address}}).
// Returns: created, updated (row counts; updated is always 0).
UNWIND $rows AS row
OPTIONAL MATCH (old:AuditEntry {id: row.id})
WITH row, old IS NULL AS created
CALL (row, created) {
  WITH row WHERE created
  CREATE (:AuditEntry {id: row.id, at: row.props.at, username: coalesce(row.props.username, ''),
                       operation: row.props.operation, ids: coalesce(row.props.ids, []),
                       fields: coalesce(row.props.fields, []), outcome: row.props.outcome,
                       address: row.props.address})
}
RETURN count(CASE WHEN created THEN 1 END) AS created, 0 AS updated
