// The people of several accounts, by level (people without a level last), then name, then id.
// Parameters: $ids (list of account ids). Returns: accountId, p (Person node).
UNWIND $ids AS id
MATCH (p:Person)-[:WORKS_AT]->(:Account {id: id})
RETURN id AS accountId, p
ORDER BY p.level IS NULL, p.level, p.name, p.id
