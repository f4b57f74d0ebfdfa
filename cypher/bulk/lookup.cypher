// Stored nodes that bulk-import references may name: accounts, people, sales reps, organizations and channels
// whose id or name is one of the keys. Parameters: $keys (list of strings).
// Returns: key, type (account|person|rep|organization|channel), id, name, account (a person's account id).
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Account {id: key}) RETURN n, 'account' AS type
  UNION MATCH (n:Account {name: key}) RETURN n, 'account' AS type
  UNION MATCH (n:Person {id: key}) RETURN n, 'person' AS type
  UNION MATCH (n:Person {name: key}) RETURN n, 'person' AS type
  UNION MATCH (n:SalesRep {id: key}) RETURN n, 'rep' AS type
  UNION MATCH (n:SalesRep {name: key}) RETURN n, 'rep' AS type
  UNION MATCH (n:Organization {id: key}) RETURN n, 'organization' AS type
  UNION MATCH (n:Organization {name: key}) RETURN n, 'organization' AS type
  UNION MATCH (n:Channel {id: key}) RETURN n, 'channel' AS type
  UNION MATCH (n:Channel {name: key}) RETURN n, 'channel' AS type
}
OPTIONAL MATCH (n)-[:WORKS_AT]->(a:Account) WHERE type = 'person'
WITH key, type, n, min(a.id) AS account
RETURN key, type, n.id AS id, n.name AS name, account
