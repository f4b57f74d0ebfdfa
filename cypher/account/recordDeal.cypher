// Opens a deal for an account, or updates an open one. Parameters: $id, $accountId, $props, $openedAt.
// Returns: d, accountId.
MATCH (a:Account {id: $accountId})
MERGE (d:Deal {id: $id})
ON CREATE SET d.status = 'OPEN', d.openedAt = $openedAt
SET d += $props
MERGE (d)-[:FOR]->(a)
RETURN d, a.id AS accountId
