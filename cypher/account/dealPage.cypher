// One page of deals, newest opened first, with the total count of the filter.
// Parameters: $accountId, $status (list), $closedFrom, $closedTo (dates; each null = any),
// $afterKey (openedAt as string), $afterId (cursor, null = first page), $limit, $visibility (only deals of visible accounts).
// Returns: total, page (list of maps {d, accountId}).
MATCH (d:Deal)-[:FOR]->(a:Account)
WHERE ($accountId IS NULL OR a.id = $accountId)
  AND ($status IS NULL OR d.status IN $status)
  AND ($closedFrom IS NULL OR d.closedAt >= $closedFrom)
  AND ($closedTo IS NULL OR d.closedAt <= $closedTo)
  AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
WITH d, a, coalesce(toString(d.openedAt), '') AS key
ORDER BY key DESC, d.id
WITH collect({d: d, accountId: a.id, key: key}) AS matching
RETURN size(matching) AS total,
       [m IN matching WHERE $afterId IS NULL OR m.key < $afterKey OR (m.key = $afterKey AND m.d.id > $afterId)][0..$limit] AS page
