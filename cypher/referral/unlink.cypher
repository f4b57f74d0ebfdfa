// Removes the referral from a source to a target. Parameters: $source, $target (element ids).
// Returns: deleted (int, 0 when there was no such referral).
MATCH (s) WHERE elementId(s) = $source
MATCH (s)-[r:REFERRED]->(t) WHERE elementId(t) = $target
DELETE r
RETURN count(r) AS deleted
