// Deals of several accounts, newest opened first. Parameters: $ids. Returns: accountId, d (Deal node).
UNWIND $ids AS id
MATCH (d:Deal)-[:FOR]->(:Account {id: id})
RETURN id AS accountId, d
ORDER BY d.openedAt DESC, d.id
