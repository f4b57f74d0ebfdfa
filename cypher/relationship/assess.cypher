// Records an assessment (kept as a node, never overwritten) and makes it the person's current override: a half
// left out (null) is derived again. The previous current assessment, if any, stays as it was.
// Parameters: $visibility (a visible person), $personId, $organisation, $personal (booleans or null), $note, $at, $now (datetimes).
// Returns: seq of the new assessment.
MATCH (p:Person {id: $personId})
WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
WITH p, COUNT { (p)-[:ASSESSED]->() } + 1 AS seq
CREATE (p)-[:ASSESSED]->(s:RelationshipAssessment {organisationInterestMet: $organisation,
         personalInterestMet: $personal, note: $note, at: $at, recordedAt: $now, seq: seq})
SET p.organisationInterestAssessed = $organisation, p.personalInterestAssessed = $personal
RETURN s.seq AS seq
