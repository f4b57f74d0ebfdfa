// Whether the database holds no node but the schema's bookkeeping: what a bulk initial load may replace.
// Parameters: none. Returns: nodes (the count of other nodes).
MATCH (n) WHERE NOT n:SchemaMigration
RETURN count(n) AS nodes
