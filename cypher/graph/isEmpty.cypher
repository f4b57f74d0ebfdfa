// Whether the database holds no data (schema bookkeeping, users, tokens and audit trail aside).
// Returns: empty (boolean).
MATCH (n) WHERE NOT (n:SchemaMigration OR n:User OR n:ApiToken OR n:AuditEntry)
RETURN count(n) = 0 AS empty
