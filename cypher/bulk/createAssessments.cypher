// Restores relationship assessments (kept as nodes, never overwritten) from bulk-import rows, merged on the person
// and the assessment's number; then puts the latest one in force unless it was cleared (its halves override the
// derived ones, a half it leaves out is derived), as assessRelationship and clearAssessment leave it.
// Parameters: $rows (list of {person: person id, props: {seq, organisationInterestMet, personalInterestMet, note,
// at, recordedAt, clearedAt}}). Returns: created, updated (row counts).
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
OPTIONAL MATCH (p)-[:ASSESSED]->(old:RelationshipAssessment {seq: row.props.seq})
WITH row, p, old, old IS NULL AS created,
     old IS NOT NULL AND any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]) AS updated
WHERE created OR updated
CALL (p, row) {
  MERGE (p)-[:ASSESSED]->(s:RelationshipAssessment {seq: row.props.seq})
  SET s += row.props
}
WITH p, created, updated
CALL (p) {
  MATCH (p)-[:ASSESSED]->(s:RelationshipAssessment)
  WITH s ORDER BY s.seq DESC LIMIT 1
  SET p.organisationInterestAssessed = CASE WHEN s.clearedAt IS NULL THEN s.organisationInterestMet END,
      p.personalInterestAssessed = CASE WHEN s.clearedAt IS NULL THEN s.personalInterestMet END
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated
