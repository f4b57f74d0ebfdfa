// A node that can take part in a referral, by id, among the given labels (used by chains and trees).
// When several labels hold the id, Account wins over Person over Organization over Channel.
// Parameters: $id, $labels (list of 'Account', 'Person', 'Organization', 'Channel'), $visibility (accounts and
// people the user may not see are not found).
// Returns: ref (element id), labels, node, accountId (the account a person works at, else null); no row if none.
CALL () {
  MATCH (n:Account {id: $id}) WHERE 'Account' IN $labels AND ($visibility.all OR EXISTS { (n)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (n)<-[:OWNS]-(:SalesRep) })) RETURN n, 0 AS priority
  UNION ALL
  MATCH (n:Person {id: $id}) WHERE 'Person' IN $labels AND ($visibility.all OR EXISTS { (n)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }) RETURN n, 1 AS priority
  UNION ALL
  MATCH (n:Organization {id: $id}) WHERE 'Organization' IN $labels RETURN n, 2 AS priority
  UNION ALL
  MATCH (n:Channel {id: $id}) WHERE 'Channel' IN $labels RETURN n, 3 AS priority
}
WITH n ORDER BY priority LIMIT 1
OPTIONAL MATCH (n)-[:WORKS_AT]->(acc:Account)
RETURN elementId(n) AS ref, labels(n) AS labels, n AS node, acc.id AS accountId
