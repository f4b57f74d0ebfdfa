// The accounts of a funnel with their stage.
// Parameters: $visibility (visible accounts only), $repId (only accounts this rep OWNS; null = all), $from, $to (datetimes: accounts created in
// [$from, $to); null = open; accounts without createdAt only count when both are null).
// Returns one row: ids (account ids), lifecycles (the lifecycle of the account at the same position, POTENTIAL when
// none). Their owners (funnelOwners) and lead sources (funnelSources) are read over the whole book, once each,
// only when the funnel is grouped by them.
MATCH (a:Account)
WHERE ($repId IS NULL OR EXISTS { (:SalesRep {id: $repId})-[:OWNS]->(a) })
  AND ($from IS NULL OR a.createdAt >= $from)
  AND ($to IS NULL OR a.createdAt < $to)
  AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
// one row of two lists: the whole book's rows one by one cost more to send than to find
RETURN collect(a.id) AS ids, collect(coalesce(a.lifecycle, 'POTENTIAL')) AS lifecycles
