// Opens a deal for an account, or updates an open one. Parameters: $id, $accountId, $props, $openedAt, $visibility (the account and an existing deal must be visible).
// Returns: d, accountId.
MATCH (a:Account {id: $accountId})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
  AND NOT EXISTS { (other:Deal {id: $id}) WHERE NOT ($visibility.all OR EXISTS { (other)-[:FOR]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }) }
MERGE (d:Deal {id: $id})
ON CREATE SET d.status = 'OPEN', d.openedAt = $openedAt
SET d += $props
MERGE (d)-[:FOR]->(a)
RETURN d, a.id AS accountId
