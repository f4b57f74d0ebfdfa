// Sets each person's one manager (REPORTS_TO) from bulk-import rows, replacing another manager.
// Parameters: $rows (list of {a: person id, b: manager id}). Returns: created, updated (row counts).
UNWIND $rows AS row
MATCH (p:Person {id: row.a}), (m:Person {id: row.b})
OPTIONAL MATCH (p)-[old:REPORTS_TO]->(oldManager:Person)
WITH p, m, collect(oldManager.id) AS oldManagers
WITH p, m, oldManagers = [] AS created, oldManagers <> [] AND oldManagers <> [m.id] AS updated
WHERE created OR updated
CALL (p, m) {
  OPTIONAL MATCH (p)-[old:REPORTS_TO]->(other:Person) WHERE other <> m
  DELETE old
}
MERGE (p)-[:REPORTS_TO]->(m)
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated
