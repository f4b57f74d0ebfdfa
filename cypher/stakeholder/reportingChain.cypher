// The existing reporting line from a would-be manager up to a person, if any (it would close a cycle).
// Parameters: $managerId, $personId (different ids). Returns: chain (list of ids, manager first), or no row.
MATCH (m:Person {id: $managerId}), (p:Person {id: $personId})
MATCH path = shortestPath((m)-[:REPORTS_TO*]->(p))
RETURN [n IN nodes(path) | n.id] AS chain
