// Every visible account with its owner, for the visit plan, as one row of lists (the whole book's rows one by one
// cost more to send than to find). Parameters: $visibility (visible accounts only).
// Returns one row: ids (account ids); ownedIds and ownerIds (each visible account that has an owner, and the owner
// with the smallest id, at the same position). Owners are found from the reps, whose OWNS ties are kept together,
// rather than from each account.
// the accounts of the visible reps, listed once (the visibility predicate's whole-book form)
CALL () { MATCH (visibleOwner:SalesRep) WHERE NOT $visibility.all AND (visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams) MATCH (visibleOwner)-[:OWNS]->(owned:Account) RETURN collect(owned) AS visibleOwned }
MATCH (a:Account)
WHERE ($visibility.all OR a IN visibleOwned OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
WITH collect(a) AS visible
CALL (visible) {
  MATCH (r:SalesRep)-[:OWNS]->(o:Account)
  WHERE o IN visible
  WITH o, min(r.id) AS owner
  RETURN collect(o.id) AS ownedIds, collect(owner) AS ownerIds
}
RETURN [a IN visible | a.id] AS ids, ownedIds, ownerIds
