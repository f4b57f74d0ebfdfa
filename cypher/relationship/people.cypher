// People by id with the account they work at. Parameters: $ids. Returns: p (Person node), accountId.
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
RETURN p, a.id AS accountId
