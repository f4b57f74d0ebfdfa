// Accounts, people, organisations and channels with these ids. Ids are unique per label only, so one id
// may name several nodes: one row per node found.
// Parameters: $ids (list of string), $labels (list of the labels to look in), $visibility
// (accounts and people the user may not see are not found).
// Returns: id, label, n (node), elementId, accountId (the account a person works at, else null).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Account {id: id}) WHERE 'Account' IN $labels AND ($visibility.all OR EXISTS { (n)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (n)<-[:OWNS]-(:SalesRep) })) RETURN n, 'Account' AS label
  UNION ALL
  MATCH (n:Person {id: id}) WHERE 'Person' IN $labels AND ($visibility.all OR EXISTS { (n)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }) RETURN n, 'Person' AS label
  UNION ALL
  MATCH (n:Organization {id: id}) WHERE 'Organization' IN $labels RETURN n, 'Organization' AS label
  UNION ALL
  MATCH (n:Channel {id: id}) WHERE 'Channel' IN $labels RETURN n, 'Channel' AS label
}
RETURN id, label, n, elementId(n) AS elementId, [(n)-[:WORKS_AT]->(a:Account) | a.id][0] AS accountId
