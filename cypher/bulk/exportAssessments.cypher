// Export page of relationship assessments for the bulk CSV export, by person id, oldest first.
// Parameters: $after (the last key of the previous page, '' at first), $limit (people per page).
// Returns: key (paging key: the person's id), rows (list of maps keyed by CSV column).
MATCH (n:Person) WHERE n.id > $after AND EXISTS { (n)-[:ASSESSED]->(:RelationshipAssessment) }
WITH n, n.id AS nid ORDER BY nid LIMIT $limit
RETURN nid AS key,
       COLLECT { MATCH (n)-[:ASSESSED]->(s:RelationshipAssessment)
                 WITH s ORDER BY s.seq
                 RETURN s {person: nid, .seq, .organisationInterestMet, .personalInterestMet, .note, .at,
                           .recordedAt, .clearedAt} } AS rows
ORDER BY key
