// After a bulk initial load: the people of the POSITIVE interactions the class history has not seen yet
// (labelled :ImportPendingInteraction by the load). Parameters: none. Returns: id.
MATCH (:ImportPendingInteraction)-[:WITH]->(p:Person)
RETURN DISTINCT p.id AS id
