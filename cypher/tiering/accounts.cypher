// Every account the user may see. Parameters: $visibility, $ids (only these accounts; null = all), $nodes (boolean: return
// the nodes), $fields (property names to return of each account, as a list of values; empty for none).
// Returns one row: ids (account ids); nodes (the Account nodes in the same order when $nodes, else empty);
// values (per account, the values of $fields in that order, when $fields is not empty, else empty).
// One row of lists: the whole book's rows one by one cost more to send than to find.
// The visibility predicate in its whole-book form: the accounts the visible reps own are listed once, from the
// reps, rather than each account's owner being looked up (accounts have many ties; reps' OWNS ties are grouped).
CALL () { MATCH (visibleOwner:SalesRep) WHERE NOT $visibility.all AND (visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams) MATCH (visibleOwner)-[:OWNS]->(owned:Account) RETURN collect(owned) AS visibleOwned }
MATCH (a:Account)
WHERE ($ids IS NULL OR a.id IN $ids)
  AND ($visibility.all OR a IN visibleOwned OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN collect(a.id) AS ids, collect(CASE WHEN $nodes THEN a END) AS nodes,
       collect(CASE WHEN size($fields) > 0 THEN [k IN $fields | a[k]] END) AS values
