// The visibility predicate's whole-book form (docs/visibility.md), spelled here once: the accounts the visible reps
// own, listed once from the reps (first line), then account a is visible given that list (WHERE). Queries over the
// whole book use exactly this text; VisibilityPredicate reads it from here.
// Parameters: $visibility. Returns one row: ids (the visible accounts' ids, in no particular order).
CALL () { MATCH (visibleOwner:SalesRep) WHERE NOT $visibility.all AND (visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams) MATCH (visibleOwner)-[:OWNS]->(owned:Account) RETURN collect(owned) AS visibleOwned }
MATCH (a:Account)
WHERE ($visibility.all OR a IN visibleOwned OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN collect(a.id) AS ids
