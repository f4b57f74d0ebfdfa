// The people of one account, and of the accounts a rep owns when $repId is given, by name, id: scope.cypher
// anchored on the account, with the checks of exists.cypher in the same round trip, and the two halves of the
// relationship with each person, derived and assessed, and the class last recorded: the columns of halves.cypher,
// with the same predicates (the organisation's half is the account's, found once).
// Parameters: $accountId, $repId (null = any), $nodes (boolean: whether to return the Person nodes), $today
// (date), $wonSince (date: today - wonDealDays), $now (datetime), $personalSince (datetime: now - personalDays),
// $personalKinds (list), $personalInteractions (int), $visibility (an account the user may not see does not exist
// for them; its people are visible when it is).
// Returns one row: account (the account exists and is visible), rep (the rep exists; true when not asked),
// people (list of {id, name, p (the Person node, null unless $nodes), organisationDerived, personalDerived
// (booleans), organisationAssessed, personalAssessed (booleans, null when not assessed), recorded (the class last
// recorded in the history, null when none)}, by name, id; empty when the account is not visible).
// The deals and personal interactions are filtered after the expansion from the account and each person, so that
// the plan always starts from them: with a label on the far end, the planner may choose to scan an Interaction
// index for every person instead while the index statistics are out of date (after a bulk load), which is tens of
// times slower.
OPTIONAL MATCH (a:Account {id: $accountId})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
CALL (a) {
  WITH a, coalesce(a.signed, false)
            OR coalesce(any(d IN [(a)<-[:FOR]-(d) | d]
                            WHERE d:Deal AND d.status = 'WON' AND d.closedAt >= $wonSince AND d.closedAt <= $today), false)
            AS organisationDerived
  OPTIONAL MATCH (a)<-[:WORKS_AT]-(p:Person)
  WHERE $repId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account)<-[:OWNS]-(:SalesRep {id: $repId}) }
  WITH p, organisationDerived ORDER BY p.name, p.id
  RETURN collect(CASE WHEN p IS NOT NULL THEN {
           id: p.id, name: p.name, p: CASE WHEN $nodes THEN p END,
           organisationDerived: organisationDerived,
           personalDerived: size([i IN [(p)<-[:WITH]-(i) | i]
                                  WHERE i:Interaction AND i.outcome = 'POSITIVE' AND i.kind IN $personalKinds
                                    AND i.at >= $personalSince AND i.at <= $now])
                              >= $personalInteractions,
           organisationAssessed: p.organisationInterestAssessed,
           personalAssessed: p.personalInterestAssessed,
           recorded: p.relationshipClass} END) AS people
}
RETURN a IS NOT NULL AS account, $repId IS NULL OR EXISTS { (:SalesRep {id: $repId}) } AS rep, people
