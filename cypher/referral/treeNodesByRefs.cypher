// Referral sources by element id, with what their kind depends on.
// Parameters: $refs (element ids), $visibility. Returns: ref, labels, node, accountId (for a person), customerAccount
// (for a person: their account is RETAINED, signed or VIP), visible (whether the user may see the node),
// colleagues (when not: the names of the reps who own it or its account).
UNWIND $refs AS ref
MATCH (n) WHERE elementId(n) = ref
OPTIONAL MATCH (n)-[:WORKS_AT]->(acc:Account)
WITH ref, n, acc, CASE WHEN n:Account THEN ($visibility.all OR EXISTS { (n)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (n)<-[:OWNS]-(:SalesRep) })) WHEN n:Person THEN ($visibility.all OR EXISTS { (n)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }) ELSE true END AS visible
RETURN ref, labels(n) AS labels, n AS node, acc.id AS accountId,
       coalesce(acc.lifecycle = 'RETAINED' OR acc.signed = true OR acc.vip = true, false) AS customerAccount,
       visible, CASE WHEN visible THEN [] ELSE COLLECT { MATCH (n)<-[:OWNS]-(colleague:SalesRep) RETURN colleague.name AS name UNION MATCH (n)-[:WORKS_AT]->(:Account)<-[:OWNS]-(colleague:SalesRep) RETURN colleague.name AS name } END AS colleagues
