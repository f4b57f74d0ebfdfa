// Export page of the audit trail for the bulk CSV export, by id (which sorts by time).
// Parameters: $after (the last key of the previous page, '' at first), $limit (entries per page).
// Returns: key (paging key: the entry's id), rows (list of maps keyed by CSV column).
MATCH (n:AuditEntry) WHERE n.id > $after
WITH n, n.id AS nid ORDER BY nid LIMIT $limit
RETURN nid AS key, [n {.id, .at, .username, .operation, .ids, .fields, .outcome, .address}] AS rows
ORDER BY key
