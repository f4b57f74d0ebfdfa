// A deal is visible when its account is (docs/visibility.md), spelled here once for a deal d, which reaches its
// account by -[:FOR]->; VisibilityPredicate reads it from here. Parameters: $id (deal id), $visibility. Returns: id,
// when the deal exists and is visible.
MATCH (d:Deal {id: $id})
WHERE ($visibility.all OR EXISTS { (d)-[:FOR]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
RETURN d.id AS id
