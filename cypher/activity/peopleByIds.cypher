// People by id with the account they work at. Parameters: $ids. Returns: p (Person node), accountId (or null).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p, head([(p)-[:WORKS_AT]->(a:Account) | a.id]) AS accountId
