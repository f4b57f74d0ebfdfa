// The accounts the follow-up rules look at, with the time each became a prospect: the latest won deal of each
// (tiering/latestWon) and the times of its contacts (tiering/contactTimes) are read apart.
// Parameters: $visibility (visible accounts only), $repId (only accounts this rep OWNS; null = all), $ids (only these
// accounts; null = all), $until (datetime, exclusive: the end of the day of the rules).
// Returns one row: ids (account ids), prospectSince (for the account at the same position, a list holding its
// prospectSince when it is a PROSPECT since before $until, else empty: collect leaves out nulls).
MATCH (a:Account)
WHERE ($ids IS NULL OR a.id IN $ids)
  AND ($repId IS NULL OR EXISTS { (:SalesRep {id: $repId})-[:OWNS]->(a) })
  AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
// one row of two lists: the whole book's rows one by one cost more to send than to find
RETURN collect(a.id) AS ids,
       collect(CASE WHEN a.lifecycle = 'PROSPECT' AND a.prospectSince < $until THEN [a.prospectSince] ELSE [] END) AS prospectSince
