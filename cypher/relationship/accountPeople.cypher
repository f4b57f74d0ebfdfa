// The ids of the people of an account. Parameters: $accountId. Returns: id.
MATCH (p:Person)-[:WORKS_AT]->(:Account {id: $accountId})
RETURN p.id AS id
