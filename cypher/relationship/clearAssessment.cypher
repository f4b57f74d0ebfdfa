// Ends the person's assessment in force: both halves are derived again. The assessment nodes stay; the latest
// one, when not yet cleared, gets clearedAt. Parameters: $personId, $now, $visibility (a visible person). Returns: cleared (0 or 1).
MATCH (p:Person {id: $personId})
WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
REMOVE p.organisationInterestAssessed, p.personalInterestAssessed
WITH p
OPTIONAL MATCH (p)-[:ASSESSED]->(s:RelationshipAssessment)
WITH p, s ORDER BY s.seq DESC LIMIT 1
WITH s WHERE s IS NOT NULL AND s.clearedAt IS NULL
SET s.clearedAt = $now
RETURN count(s) AS cleared
