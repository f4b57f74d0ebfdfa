// Removes a rep from the owners of an account (nothing when it was not one). Parameters: $repId, $accountId,
// $visibility (a visible account).
// Returns: a (Account node).
MATCH (a:Account {id: $accountId})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
OPTIONAL MATCH (:SalesRep {id: $repId})-[o:OWNS]->(a)
DELETE o
RETURN a
