// The last VISIT of each account before a moment. A visit is an Interaction of kind VISIT with any person of
// the account. Parameters: $repId (only accounts this rep OWNS; null = all accounts), $until (datetime, exclusive).
// Returns: id (account id), lastVisitAt (datetime, null when never visited before $until).
MATCH (a:Account)
WHERE $repId IS NULL OR EXISTS { (:SalesRep {id: $repId})-[:OWNS]->(a) }
CALL (a) {
  OPTIONAL MATCH (a)<-[:WORKS_AT]-(:Person)<-[:WITH]-(i:Interaction)
  WHERE i.kind = 'VISIT' AND i.at < $until
  RETURN max(i.at) AS lastVisitAt
}
RETURN a.id AS id, lastVisitAt
