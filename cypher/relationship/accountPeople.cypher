// The ids of the people of accounts. Parameters: $ids (account ids). Returns: id.
UNWIND $ids AS accountId
MATCH (p:Person)-[:WORKS_AT]->(:Account {id: accountId})
RETURN p.id AS id
