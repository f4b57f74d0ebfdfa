// Records a schema version as applied. Parameters: $version (int), $file (string).
MERGE (m:SchemaMigration {version: $version})
SET m.file = $file, m.appliedAt = datetime()
