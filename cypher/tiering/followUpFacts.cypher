// What the follow-up rules need, per account that is a prospect or has a WON deal.
// Parameters: $visibility (visible accounts only), $repId (only accounts this rep OWNS; null = all), $ids (only these
// accounts; null = all), $asOf (date), $until (datetime, exclusive: the end of $asOf), $zone (time zone id, for the
// start of the close date).
// Returns: id (account id), prospectSince (datetime, null unless the account is a PROSPECT since before $until),
// wonDealId, wonAt (the latest WON deal closed on or before $asOf, nulls if none), of the interactions with the
// account's people before $until: firstContact (the first at or after prospectSince, null if none),
// lastContact (the last on or after the day of wonAt in $zone, null if none) and contactsSinceWon (how many
// different times those were at).
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
WITH a, wonDealId, wonAt, prospectSince,
     CASE WHEN wonAt IS NULL THEN null ELSE datetime({date: wonAt, timezone: $zone}) END AS wonStart
WITH a, wonDealId, wonAt, prospectSince, wonStart,
     CASE WHEN wonStart IS NULL OR (prospectSince IS NOT NULL AND prospectSince < wonStart) THEN prospectSince
          ELSE wonStart END AS since
// what the rules need of the contacts, not every contact
CALL (a, since, prospectSince, wonStart) {
  OPTIONAL MATCH (a)<-[:WORKS_AT]-(:Person)<-[:WITH]-(i:Interaction)
  WHERE i.at >= since AND i.at < $until
  RETURN min(CASE WHEN i.at >= prospectSince THEN i.at END) AS firstContact,
         max(CASE WHEN i.at >= wonStart THEN i.at END) AS lastContact,
         count(DISTINCT CASE WHEN i.at >= wonStart THEN i.at END) AS contactsSinceWon
}
RETURN a.id AS id, prospectSince, wonDealId, wonAt, firstContact, lastContact, contactsSinceWon
