// Records that a source referred a target: one REFERRED edge per (source, target), created or updated.
// Parameters: $source, $target (element ids), $at (date; null keeps the edge's date, today on creation),
// $today (date), $noteGiven (bool; false keeps the edge's note), $note (string or null).
// Returns: at, note (the edge's values after the write).
MATCH (s) WHERE elementId(s) = $source
MATCH (t) WHERE elementId(t) = $target
MERGE (s)-[r:REFERRED]->(t)
ON CREATE SET r.at = coalesce($at, $today)
SET r.at = coalesce($at, r.at),
    r.note = CASE WHEN $noteGiven THEN $note ELSE r.note END
RETURN r.at AS at, r.note AS note
