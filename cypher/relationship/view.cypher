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
// indexes exist): the caller sorts them. Rows come grouped by account: what belongs to the account (its deals,
// its insiders) is read once for all its people.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
WITH a, collect({id: id, p: p}) AS people
WITH a, people, [d IN [(a)<-[:FOR]-(d) | d] WHERE d:Deal] AS deals,
     COLLECT { MATCH (o:Person)-[:WORKS_AT]->(a) WHERE o.insider = true
               WITH o ORDER BY coalesce(o.decisionWeight, 0), o.name, o.id LIMIT 2
               RETURN o } AS insiders
WITH a, people, insiders,
     [d IN deals WHERE d.status = 'WON' AND d.closedAt >= $wonSince AND d.closedAt <= $today
       | d {.id, .name, .amount, .closedAt}] AS wonDeals,
     COLLECT { UNWIND deals AS d
               WITH d WHERE d.status = 'OPEN'
               WITH d ORDER BY d.amount DESC, d.id LIMIT 1
               RETURN d {.name, .amount} }[0] AS openDeal,
     [d IN deals WHERE d.status = 'WON' | d {.name, .closedAt}] AS boughtBefore,
     [d IN deals WHERE d.status = 'WON' AND d.closedAt IS NOT NULL | d.closedAt] AS timelineWonDeals
UNWIND people AS person
WITH a, person.id AS id, person.p AS p, insiders, wonDeals, openDeal, boughtBefore, timelineWonDeals
RETURN id, p.name AS name, p.title AS title, p.hobbies AS hobbies, p.sports AS sports, p.food AS food,
       a.id AS accountId, a.name AS accountName, a.industry AS industry, a.units AS units,
       coalesce(a.signed, false) AS signed,
       wonDeals,
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
       [o IN insiders WHERE o <> p | {name: o.name, title: o.title}][0] AS insider,
       openDeal, boughtBefore,
       p.relationshipCheckedAt AS checkedAt,
       timelineWonDeals,
       [i IN [(p)<-[:WITH]-(i) | i]
         WHERE i:Interaction AND i.outcome = 'POSITIVE' AND i.kind IN $personalKinds AND i.at IS NOT NULL | i.at]
         AS timelinePersonal
