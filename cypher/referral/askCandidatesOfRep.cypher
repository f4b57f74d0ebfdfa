// Candidates for the referral ask list of one rep: the people at the RETAINED or VIP accounts the rep OWNS.
// Parameters: $repId, $visibility (visible accounts only).
// Returns per candidate: person, account (nodes), ties (distinct people at other accounts the person KNOWS,
// either direction), tiedAccounts (how many other accounts those people work at), pastReferrals (REFERRED
// edges from the person), lastReferral (latest of their dates, or null).
MATCH (:SalesRep {id: $repId})-[:OWNS]->(a:Account)
WHERE (a.lifecycle = 'RETAINED' OR a.vip = true)
  AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
WITH DISTINCT a
MATCH (p:Person)-[:WORKS_AT]->(a)
WITH p, a,
     COLLECT { MATCH (p)-[:KNOWS]-(o:Person)-[:WORKS_AT]->(oa:Account) WHERE oa <> a RETURN DISTINCT o.id } AS tiedPeople,
     COLLECT { MATCH (p)-[:KNOWS]-(:Person)-[:WORKS_AT]->(oa:Account) WHERE oa <> a RETURN DISTINCT oa.id } AS tiedAccounts,
     COLLECT { MATCH (p)-[r:REFERRED]->() RETURN r.at } AS referralDates
RETURN p AS person, a AS account, size(tiedPeople) AS ties, size(tiedAccounts) AS tiedAccounts,
       size(referralDates) AS pastReferrals,
       reduce(latest = null, at IN referralDates | CASE WHEN latest IS NULL OR at > latest THEN at ELSE latest END) AS lastReferral
