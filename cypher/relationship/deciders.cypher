// The deciders (buying role DECIDER) of each account, by name. Parameters: $ids (account ids), $visibility (visible accounts only).
// Returns: accountId, deciders (list of {id, name, title}).
UNWIND $ids AS accountId
MATCH (a:Account {id: accountId})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN accountId,
       COLLECT { MATCH (p:Person)-[:WORKS_AT]->(a) WHERE 'DECIDER' IN coalesce(p.buyingRoles, [])
                 WITH p ORDER BY p.name, p.id
                 RETURN p {.id, .name, .title} } AS deciders
