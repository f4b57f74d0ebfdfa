// Creates or updates an organisation.
// Parameters: $id, $props (map of the given properties), $now (datetime). Returns: n (Organization node).
MERGE (n:Organization {id: $id})
ON CREATE SET n.createdAt = $now
SET n += $props
RETURN n
