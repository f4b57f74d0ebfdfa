// After a bulk initial load: the people of the POSITIVE interactions, whose class the history records as the
// write of interactions.csv does (the WON deals are still held back as :ImportPendingDeal). Parameters: none.
// Returns: id.
MATCH (i:Interaction)-[:WITH]->(p:Person)
WHERE i.outcome = 'POSITIVE'
RETURN DISTINCT p.id AS id
