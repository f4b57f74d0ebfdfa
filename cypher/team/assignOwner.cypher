// Makes a rep an owner of an account (idempotent). Parameters: $repId, $accountId,
// $visibility (a visible account). Returns: a (Account node).
MATCH (r:SalesRep {id: $repId})
MATCH (a:Account {id: $accountId})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
MERGE (r)-[:OWNS]->(a)
RETURN a
