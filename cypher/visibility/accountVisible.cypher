// The visibility predicate (docs/visibility.md), spelled here once: account a is visible to the user. Every query
// that reads accounts filters with exactly this text on its own variable; VisibilityPredicate reads it from here.
// Parameters: $id (account id), $visibility. Returns: id, when the account exists and is visible.
MATCH (a:Account {id: $id})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN a.id AS id
