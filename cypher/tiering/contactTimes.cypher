// The times of the interactions with each account's people, for the follow-up rules (FollowUpService keeps them by
// account apart from the deals' facts: an import of deals leaves them as they are).
// Parameters: $visibility (visible accounts only), $ids (only these accounts; null = all), $until (datetime,
// exclusive: the end of the day of the rules).
// Returns one row: ids (account ids), times (the list of the times of the interactions with the people of the
// account at the same position before $until, in no order); accounts without such interactions are not listed.
MATCH (a:Account)
WHERE ($ids IS NULL OR a.id IN $ids)
  AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
CALL (a) {
  MATCH (a)<-[:WORKS_AT]-(:Person)<-[:WITH]-(i:Interaction)
  WHERE i.at < $until
  RETURN collect(i.at) AS times
}
WITH a, times WHERE size(times) > 0
// one row of two lists: the whole book's rows one by one cost more to send than to find
RETURN collect(a.id) AS ids, collect(times) AS times
