// After a bulk initial load of a book with its class history: each person's recorded class and its time are
// those of the latest entry, as createRelationshipHistory leaves them. Parameters: none. Returns nothing.
MATCH (p:Person) WHERE EXISTS { (p)-[:HAD_CLASS]->(:RelationshipChange) }
CALL (p) {
  MATCH (p)-[:HAD_CLASS]->(c:RelationshipChange)
  WITH c ORDER BY c.seq DESC LIMIT 1
  SET p.relationshipClass = c.to, p.relationshipSince = c.at
}
