// Creates or updates a sales rep. Parameters: $id, $props (map of the given properties), $now (datetime).
// Returns: r (SalesRep node).
MERGE (r:SalesRep {id: $id})
ON CREATE SET r.createdAt = $now
SET r += $props
RETURN r
