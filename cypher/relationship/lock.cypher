// Locks people before their class is recorded, so that writers and the daily job record each change once.
// Parameters: $ids (person ids, sorted). Returns: nothing.
UNWIND $ids AS id
MATCH (p:Person {id: id})
SET p.relationshipCheckedAt = p.relationshipCheckedAt
