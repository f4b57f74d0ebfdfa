// Accounts, people, organisations and channels with these ids. Ids are unique per label only, so one id
// may name several nodes: one row per node found.
// Parameters: $ids (list of string), $labels (list of the labels to look in).
// Returns: id, label, n (node), elementId, accountId (the account a person works at, else null).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Account {id: id}) WHERE 'Account' IN $labels RETURN n, 'Account' AS label
  UNION ALL
  MATCH (n:Person {id: id}) WHERE 'Person' IN $labels RETURN n, 'Person' AS label
  UNION ALL
  MATCH (n:Organization {id: id}) WHERE 'Organization' IN $labels RETURN n, 'Organization' AS label
  UNION ALL
  MATCH (n:Channel {id: id}) WHERE 'Channel' IN $labels RETURN n, 'Channel' AS label
}
RETURN id, label, n, elementId(n) AS elementId, [(n)-[:WORKS_AT]->(a:Account) | a.id][0] AS accountId
