// After a bulk initial load: the class history the write of people.csv records, for every person of a signed
// account at once. That write sees none of their interactions, deals and assessments (files read after it) and no
// class recorded before, so each gets the same first entry ($entry, worked out by the rules of every write); this
// query reads none of them either. Parameters: $entry
// ({from, to, cause, causeKey, causeArgs}), $now (datetime). Returns nothing.
MATCH (p:Person)
WHERE EXISTS { (p)-[:WORKS_AT]->(a:Account) WHERE a.signed }
CALL (p) {
  CREATE (p)-[:HAD_CLASS]->(c:RelationshipChange {seq: 1, at: $now})
  SET c += $entry, p.relationshipClass = $entry.to, p.relationshipSince = $now, p.relationshipCheckedAt = $now
} IN TRANSACTIONS OF 10000 ROWS
