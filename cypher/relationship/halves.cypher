// The two halves of the relationship with each person, derived and assessed.
// Parameters: $ids (person ids), $today (date), $wonSince (date: today - wonDealDays), $now (datetime),
// $personalSince (datetime: now - personalDays), $personalKinds (list), $personalInteractions (int).
// Returns: id, organisationDerived, personalDerived (booleans), organisationAssessed, personalAssessed
// (booleans, null when not assessed).
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
RETURN id,
       coalesce(a.signed, false)
         OR EXISTS { MATCH (d:Deal {status: 'WON'})-[:FOR]->(a) WHERE d.closedAt >= $wonSince AND d.closedAt <= $today }
         AS organisationDerived,
       COUNT { MATCH (i:Interaction)-[:WITH]->(p)
               WHERE i.outcome = 'POSITIVE' AND i.kind IN $personalKinds AND i.at >= $personalSince AND i.at <= $now }
         >= $personalInteractions AS personalDerived,
       p.organisationInterestAssessed AS organisationAssessed,
       p.personalInterestAssessed AS personalAssessed
