// Whether a schema version was applied. Parameters: $version (int). Returns: done (boolean).
OPTIONAL MATCH (m:SchemaMigration {version: $version})
RETURN m IS NOT NULL AS done
