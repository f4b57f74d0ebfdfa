// Accounts by id, those the user may see. Parameters: $ids (list of string), $visibility. Returns: a (Account node), in no particular order.
UNWIND $ids AS id
MATCH (a:Account {id: id})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN a
