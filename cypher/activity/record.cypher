// Creates or updates an interaction and (re)links it: (rep)-[:LOGGED]->(i)-[:WITH]->(person), replacing any
// previous rep and person. Parameters: $id, $repId, $personId, $props (map of the properties to set).
// Returns: i (Interaction node), repId, personId.
MATCH (r:SalesRep {id: $repId})
MATCH (p:Person {id: $personId})
MERGE (i:Interaction {id: $id})
SET i += $props
WITH i, r, p
OPTIONAL MATCH (:SalesRep)-[logged:LOGGED]->(i)
DELETE logged
WITH DISTINCT i, r, p
OPTIONAL MATCH (i)-[contact:WITH]->(:Person)
DELETE contact
WITH DISTINCT i, r, p
CREATE (r)-[:LOGGED]->(i)-[:WITH]->(p)
RETURN i, r.id AS repId, p.id AS personId
