// The stored manager of each of these people, for the import's cycle check. Parameters: $ids (person ids).
// Returns: id, manager (ids), one row per person who has a manager.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:REPORTS_TO]->(m:Person)
RETURN id, m.id AS manager
