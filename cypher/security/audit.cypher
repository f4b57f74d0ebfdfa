// Appends an entry to the audit trail. Parameters: $id, $at (datetime), $username, $operation, $ids (list),
// $fields (list), $outcome, $address (or null). Returns: nothing.
CREATE (:AuditEntry {id: $id, at: $at, username: $username, operation: $operation, ids: $ids, fields: $fields,
                     outcome: $outcome, address: $address})
