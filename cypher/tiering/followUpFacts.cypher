// What the follow-up rules need of each account that is a prospect or has a WON deal, but its contacts (their times
// are read by contactTimes).
// Parameters: $visibility (visible accounts only), $repId (only accounts this rep OWNS; null = all), $ids (only these
// accounts; null = all), $asOf (date), $until (datetime, exclusive: the end of $asOf).
// Returns: id (account id), prospectSince (datetime, null unless the account is a PROSPECT since before $until),
// wonDealId, wonAt (the latest WON deal closed on or before $asOf, nulls if none).
MATCH (a:Account)
WHERE ($ids IS NULL OR a.id IN $ids)
  AND ($repId IS NULL OR EXISTS { (:SalesRep {id: $repId})-[:OWNS]->(a) })
  AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
CALL (a) {
  // conditions outside the MATCH: deals are always reached from the account (see wonRevenue)
  OPTIONAL MATCH (d:Deal)-[:FOR]->(a)
  WITH d, coalesce(d.status = 'WON' AND d.closedAt <= $asOf, false) AS won
  ORDER BY won DESC, d.closedAt DESC, d.id DESC LIMIT 1
  RETURN CASE WHEN won THEN d.id END AS wonDealId, CASE WHEN won THEN d.closedAt END AS wonAt
}
WITH a, wonDealId, wonAt,
     CASE WHEN a.lifecycle = 'PROSPECT' AND a.prospectSince < $until THEN a.prospectSince END AS prospectSince
WHERE wonAt IS NOT NULL OR prospectSince IS NOT NULL
RETURN a.id AS id, prospectSince, wonDealId, wonAt
