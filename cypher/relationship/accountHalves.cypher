// The two halves of the relationship with each person working at an account, derived and assessed, and the
// class last recorded: the columns of halves.cypher, with the same predicates, for all the people of one account
// at once (the organisation's half is the account's, found once).
// Parameters: $accountId, $today (date), $wonSince (date: today - wonDealDays), $now (datetime),
// $personalSince (datetime: now - personalDays), $personalKinds (list), $personalInteractions (int), $visibility (visible accounts only).
// Returns one row per person of the account (none for an unknown account): id, organisationDerived,
// personalDerived (booleans), organisationAssessed, personalAssessed (booleans, null when not assessed),
// recorded (the class last recorded in the history, null when none).
// The personal interactions are filtered after the expansion from each person, so that the plan always starts
// from the person: with a label on the far end, the planner may choose to scan an Interaction index for every
// person instead while the index statistics are out of date (after a bulk load), which is tens of times slower.
MATCH (a:Account {id: $accountId})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
WITH a, coalesce(a.signed, false)
          OR EXISTS { MATCH (d:Deal {status: 'WON'})-[:FOR]->(a)
                      WHERE d.closedAt >= $wonSince AND d.closedAt <= $today }
          AS organisationDerived
MATCH (p:Person)-[:WORKS_AT]->(a)
RETURN p.id AS id,
       organisationDerived,
       size([i IN [(p)<-[:WITH]-(i) | i]
             WHERE i:Interaction AND i.outcome = 'POSITIVE' AND i.kind IN $personalKinds
               AND i.at >= $personalSince AND i.at <= $now])
         >= $personalInteractions AS personalDerived,
       p.organisationInterestAssessed AS organisationAssessed,
       p.personalInterestAssessed AS personalAssessed,
       p.relationshipClass AS recorded
