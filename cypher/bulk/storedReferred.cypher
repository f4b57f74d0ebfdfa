// The stored referrals made by each of these nodes, for the import's loop check.
// Parameters: $nodes (list of {key, type: account|person|organization|channel, id}).
// Returns: key, targets (list of 'account:<id>' or 'person:<id>'), one row per node that referred someone.
UNWIND $nodes AS node
CALL (node) {
  MATCH (s:Account {id: node.id}) WHERE node.type = 'account' RETURN s
  UNION
  MATCH (s:Person {id: node.id}) WHERE node.type = 'person' RETURN s
  UNION
  MATCH (s:Organization {id: node.id}) WHERE node.type = 'organization' RETURN s
  UNION
  MATCH (s:Channel {id: node.id}) WHERE node.type = 'channel' RETURN s
}
MATCH (s)-[:REFERRED]->(t)
RETURN node.key AS key, collect(CASE WHEN t:Account THEN 'account:' ELSE 'person:' END + t.id) AS targets
