// The two halves of the relationship with each person, derived and assessed, and the class last recorded.
// Parameters: $ids (person ids), $today (date), $wonSince (date: today - wonDealDays), $now (datetime),
// $personalSince (datetime: now - personalDays), $personalKinds (list), $personalInteractions (int), $visibility (people of visible accounts only).
// Returns: id, organisationDerived, personalDerived (booleans), organisationAssessed, personalAssessed
// (booleans, null when not assessed), recorded (the class last recorded in the history, null when none).
// The predicates are the same as in view.cypher and accountScope.cypher. Rows come grouped by account: the
// organisation's half is the account's, worked out once for all its people.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
WITH a, collect(p) AS people
// deals and interactions are filtered after the expansion from the account and the person, so that the plan
// never starts from a Deal or Interaction index (see accountScope.cypher)
WITH people,
     coalesce(a.signed, false)
       OR coalesce(any(d IN [(a)<-[:FOR]-(d) | d]
                       WHERE d:Deal AND d.status = 'WON' AND d.closedAt >= $wonSince AND d.closedAt <= $today), false)
       AS organisationDerived
UNWIND people AS p
RETURN p.id AS id,
       organisationDerived,
       size([i IN [(p)<-[:WITH]-(i) | i]
             WHERE i:Interaction AND i.outcome = 'POSITIVE' AND i.kind IN $personalKinds
               AND i.at >= $personalSince AND i.at <= $now])
         >= $personalInteractions AS personalDerived,
       p.organisationInterestAssessed AS organisationAssessed,
       p.personalInterestAssessed AS personalAssessed,
       p.relationshipClass AS recorded
