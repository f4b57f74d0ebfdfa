// Waits until every index is online (populated), at most $seconds seconds. Parameters: $seconds (int).
// Returns nothing.
CALL db.awaitIndexes($seconds)
