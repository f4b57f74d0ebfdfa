// The accounts several reps own, by account name then id. Parameters: $ids (rep ids).
// Returns: repId, a (Account node).
UNWIND $ids AS id
MATCH (:SalesRep {id: id})-[:OWNS]->(a:Account)
RETURN id AS repId, a
ORDER BY a.name, a.id
