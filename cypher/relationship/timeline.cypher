// What the class of each person depends on over time, for the changes time alone brings about (see
// Timeline.java): the class last recorded and up to when, the account's signed flag, the assessed halves, the
// closing days of the account's WON deals and the instants of the person's POSITIVE personal interactions.
// Parameters: $ids (person ids), $personalKinds (list).
// Returns: id, recorded (null when never recorded), checkedAt (null when never recorded), signed,
// organisationAssessed, personalAssessed (null when derived), wonDeals (dates), personal (datetimes).
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
RETURN id,
       p.relationshipClass AS recorded,
       p.relationshipCheckedAt AS checkedAt,
       coalesce(a.signed, false) AS signed,
       p.organisationInterestAssessed AS organisationAssessed,
       p.personalInterestAssessed AS personalAssessed,
       [d IN [(a)<-[:FOR]-(d) | d] WHERE d:Deal AND d.status = 'WON' AND d.closedAt IS NOT NULL | d.closedAt]
         AS wonDeals,
       [i IN [(p)<-[:WITH]-(i) | i]
         WHERE i:Interaction AND i.outcome = 'POSITIVE' AND i.kind IN $personalKinds AND i.at IS NOT NULL | i.at]
         AS personal
