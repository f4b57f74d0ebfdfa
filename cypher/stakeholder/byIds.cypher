// People by id with the id of the account they work at. Parameters: $ids (list of string).
// Returns: p (Person node), accountId (string or null), in no particular order.
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
RETURN p, a.id AS accountId
