// Everything the relationship view of each person needs: the evidence that counts (same predicates as
// halves.cypher), assessments, history, and the context of the next step.
// Parameters: $ids (person ids), $today (date), $wonSince (date), $now (datetime), $personalSince (datetime),
// $personalKinds (list), $visibility (people of visible accounts only; the strongest tie among those the user may
// see).
// Returns: id, name, title, hobbies, sports, food, accountId, accountName, industry, units, signed,
// wonDeals (WON deals closed in the window: {id, name, amount, closedAt}),
// personal (POSITIVE personal interactions in the window: {id, kind, at, note}),
// organisationAssessed, personalAssessed (null when not assessed), recorded (class last recorded),
// assessments and history (with seq), tie (strongest KNOWS tie, either direction), insider (an insider of the
// account other than the person), openDeal (the largest), boughtBefore (all WON deals: {name, closedAt});
// and what timeline.cypher returns for the changes time alone brought about since the class was last recorded,
// in the same round trip: checkedAt, timelineWonDeals (closing days of all WON deals), timelinePersonal
// (instants of all POSITIVE personal interactions).
// Lists come unordered (ordering inside these subqueries trips a planner bug of Neo4j 5.26 when the date
// indexes exist): the caller sorts them.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
RETURN id, p.name AS name, p.title AS title, p.hobbies AS hobbies, p.sports AS sports, p.food AS food,
       a.id AS accountId, a.name AS accountName, a.industry AS industry, a.units AS units,
       coalesce(a.signed, false) AS signed,
       // deals and interactions are filtered after the expansion from the account and the person, so that the
       // plan never starts from a Deal or Interaction index (see accountHalves.cypher)
       [d IN [(a)<-[:FOR]-(d) | d] WHERE d:Deal AND d.status = 'WON' AND d.closedAt >= $wonSince AND d.closedAt <= $today
         | d {.id, .name, .amount, .closedAt}] AS wonDeals,
       [i IN [(p)<-[:WITH]-(i) | i]
         WHERE i:Interaction AND i.outcome = 'POSITIVE' AND i.kind IN $personalKinds AND i.at >= $personalSince
           AND i.at <= $now
         | i {.id, .kind, .at, .note}] AS personal,
       p.organisationInterestAssessed AS organisationAssessed,
       p.personalInterestAssessed AS personalAssessed,
       p.relationshipClass AS recorded,
       [(p)-[:ASSESSED]->(s:RelationshipAssessment)
         | s {.organisationInterestMet, .personalInterestMet, .note, .at, .recordedAt, .clearedAt, .seq}] AS assessments,
       [(p)-[:HAD_CLASS]->(c:RelationshipChange) | c {.from, .to, .at, .cause, .causeKey, .causeArgs, .seq}] AS history,
       COLLECT { MATCH (p)-[k:KNOWS]-(o) WHERE o:SalesRep OR (o:Person AND ($visibility.all OR EXISTS { (o)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }))
                 WITH o, k ORDER BY coalesce(k.strength, 0) DESC, o.name, o.id LIMIT 1
                 RETURN {name: o.name, title: o.title, rep: o:SalesRep, strength: coalesce(k.strength, 0)} }[0] AS tie,
       COLLECT { MATCH (o:Person)-[:WORKS_AT]->(a) WHERE o.insider = true AND o <> p
                 WITH o ORDER BY coalesce(o.decisionWeight, 0), o.name, o.id LIMIT 1
                 RETURN {name: o.name, title: o.title} }[0] AS insider,
       COLLECT { UNWIND [(a)<-[:FOR]-(d) | d] AS d
                 WITH d WHERE d:Deal AND d.status = 'OPEN'
                 WITH d ORDER BY d.amount DESC, d.id LIMIT 1
                 RETURN d {.name, .amount} }[0] AS openDeal,
       [d IN [(a)<-[:FOR]-(d) | d] WHERE d:Deal AND d.status = 'WON' | d {.name, .closedAt}] AS boughtBefore,
       p.relationshipCheckedAt AS checkedAt,
       [d IN [(a)<-[:FOR]-(d) | d] WHERE d:Deal AND d.status = 'WON' AND d.closedAt IS NOT NULL | d.closedAt]
         AS timelineWonDeals,
       [i IN [(p)<-[:WITH]-(i) | i]
         WHERE i:Interaction AND i.outcome = 'POSITIVE' AND i.kind IN $personalKinds AND i.at IS NOT NULL | i.at]
         AS timelinePersonal
