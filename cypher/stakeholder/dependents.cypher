// What hangs on a person. Parameters: $id, $visibility (no row for a person the user may not see).
// Returns: managers (outgoing REPORTS_TO), directReports, influences (INFLUENCES either way),
// knows (KNOWS either way), interactions (Interactions WITH the person), referrals (REFERRED either way).
MATCH (p:Person {id: $id})
WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
RETURN COUNT { (p)-[:REPORTS_TO]->(:Person) } AS managers,
       COUNT { (:Person)-[:REPORTS_TO]->(p) } AS directReports,
       COUNT { (p)-[:INFLUENCES]-() } AS influences,
       COUNT { (p)-[:KNOWS]-() } AS knows,
       COUNT { (:Interaction)-[:WITH]->(p) } AS interactions,
       COUNT { (p)-[:REFERRED]-() } AS referrals
