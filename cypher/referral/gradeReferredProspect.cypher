// Raises the intention grade of a newly referred prospect to at least A (H stays H, A stays A; B, C or none
// become A). The prospect is the target account, or, for a person target, the account the person works at;
// it must not be RETAINED or LOST yet (POTENTIAL, PROSPECT or no lifecycle).
// Parameters: $targetId (an Account id; otherwise a Person id), $visibility (a visible account).
// Returns: id (the account), before, after (grades); no row when no prospect qualifies.
CALL () {
  MATCH (a:Account {id: $targetId}) RETURN a, 0 AS priority
  UNION ALL
  MATCH (:Person {id: $targetId})-[:WORKS_AT]->(a:Account) RETURN a, 1 AS priority
}
WITH a ORDER BY priority LIMIT 1
WITH a, a.intentionGrade AS before
WHERE coalesce(a.lifecycle, 'POTENTIAL') IN ['POTENTIAL', 'PROSPECT']
  AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
  AND (before IS NULL OR NOT before IN ['H', 'A'])
SET a.intentionGrade = 'A'
RETURN a.id AS id, before, a.intentionGrade AS after
