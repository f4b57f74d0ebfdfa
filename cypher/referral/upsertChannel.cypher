// Creates or updates a channel.
// Parameters: $id, $props (map of the given properties), $now (datetime). Returns: n (Channel node).
MERGE (n:Channel {id: $id})
ON CREATE SET n.createdAt = $now
SET n += $props
RETURN n
