// Whether the database holds no data (schema bookkeeping aside). Returns: empty (boolean).
MATCH (n) WHERE NOT n:SchemaMigration
RETURN count(n) = 0 AS empty
