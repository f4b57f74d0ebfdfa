// The deciders (buying role DECIDER) of each account, by name. Parameters: $ids (account ids).
// Returns: accountId, deciders (list of {id, name, title}).
UNWIND $ids AS accountId
MATCH (a:Account {id: accountId})
RETURN accountId,
       COLLECT { MATCH (p:Person)-[:WORKS_AT]->(a) WHERE 'DECIDER' IN coalesce(p.buyingRoles, [])
                 WITH p ORDER BY p.name, p.id
                 RETURN p {.id, .name, .title} } AS deciders
