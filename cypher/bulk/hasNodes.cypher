// Whether the database holds any node that bulk-import references may name. Parameters: none.
// Returns: found (boolean).
OPTIONAL MATCH (n) WHERE n:Account OR n:Person OR n:SalesRep OR n:Organization OR n:Channel
WITH n LIMIT 1
RETURN n IS NOT NULL AS found
