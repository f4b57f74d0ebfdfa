// The manager of each of several people. Parameters: $ids (list of person ids).
// Returns: personId, m (the manager's Person node), accountId (the manager's account).
UNWIND $ids AS id
MATCH (:Person {id: id})-[:REPORTS_TO]->(m:Person)
OPTIONAL MATCH (m)-[:WORKS_AT]->(a:Account)
RETURN id AS personId, m, a.id AS accountId
