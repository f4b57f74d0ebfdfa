// Ends the person's current assessment: both halves are derived again. The assessment nodes stay; the current
// one gets clearedAt. Parameters: $personId, $now. Returns: cleared (how many assessments were ended).
MATCH (p:Person {id: $personId})
REMOVE p.organisationInterestAssessed, p.personalInterestAssessed
WITH p
OPTIONAL MATCH (p)-[:ASSESSED]->(s:RelationshipAssessment)
WHERE s.clearedAt IS NULL
SET s.clearedAt = $now
RETURN count(s) AS cleared
