// The owners of several accounts, by rep name then id. Parameters: $ids (account ids).
// Returns: accountId, r (SalesRep node).
UNWIND $ids AS id
MATCH (r:SalesRep)-[:OWNS]->(:Account {id: id})
RETURN id AS accountId, r
ORDER BY r.name, r.id
