// Ends the person's assessment in force: both halves are derived again. The assessment nodes stay; the latest
// one, when not yet cleared, gets clearedAt. Parameters: $personId, $now. Returns: cleared (0 or 1).
MATCH (p:Person {id: $personId})
REMOVE p.organisationInterestAssessed, p.personalInterestAssessed
WITH p
OPTIONAL MATCH (p)-[:ASSESSED]->(s:RelationshipAssessment)
WITH p, s ORDER BY s.seq DESC LIMIT 1
WITH s WHERE s IS NOT NULL AND s.clearedAt IS NULL
SET s.clearedAt = $now
RETURN count(s) AS cleared
