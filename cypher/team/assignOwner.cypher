// Makes a rep an owner of an account (idempotent). Parameters: $repId, $accountId. Returns: a (Account node).
MATCH (r:SalesRep {id: $repId})
MATCH (a:Account {id: $accountId})
MERGE (r)-[:OWNS]->(a)
RETURN a
