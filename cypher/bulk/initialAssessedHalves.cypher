// After a bulk initial load: puts each assessed person's latest relationship assessment in force unless it was
// cleared, as createAssessments leaves it. Parameters: none. Returns: id (the ids of the assessed people).
MATCH (p:Person) WHERE EXISTS { (p)-[:ASSESSED]->(:RelationshipAssessment) }
CALL (p) {
  MATCH (p)-[:ASSESSED]->(s:RelationshipAssessment)
  WITH s ORDER BY s.seq DESC LIMIT 1
  SET p.organisationInterestAssessed = CASE WHEN s.clearedAt IS NULL THEN s.organisationInterestMet END,
      p.personalInterestAssessed = CASE WHEN s.clearedAt IS NULL THEN s.personalInterestMet END
}
RETURN p.id AS id
