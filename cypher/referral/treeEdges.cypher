// The outgoing REFERRED edges of the nodes a referral tree walks from, several levels in one query: those of the
// nodes $refs (a level of the walk; the source first) and of every node within $levels links of them (0 to 4: the
// search goes no further than 4 links), with what the targets are worth.
// Parameters: $refs (element ids), $levels (0 to 4), $visibility.
// Returns per edge: from (element id), fromId, to (element id), at (date), labels, node, accountId (for a
// person target), revenue (the target's WON deal amounts summed; 0 for persons), visible (whether the user may
// see the target), colleagues (when not: the names of the reps who own the target or its account).
// Amounts outside 0..10^15 (written outside Guanxi) are left out here and reported as data errors of their account.
UNWIND $refs AS start
MATCH (source) WHERE elementId(source) = start
MATCH path = ANY SHORTEST (source)-[:REFERRED]->{0,4}(s)
WHERE length(path) <= $levels
WITH DISTINCT elementId(s) AS ref, s
MATCH (s)-[r:REFERRED]->(t)
OPTIONAL MATCH (t)-[:WORKS_AT]->(acc:Account)
WITH ref, s, r, t, acc, CASE WHEN t:Account THEN ($visibility.all OR EXISTS { (t)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (t)<-[:OWNS]-(:SalesRep) })) WHEN t:Person THEN ($visibility.all OR EXISTS { (t)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }) ELSE true END AS visible
RETURN ref AS from, s.id AS fromId, elementId(t) AS to, r.at AS at, labels(t) AS labels, t AS node,
       acc.id AS accountId,
       CASE WHEN t:Account
         THEN reduce(x = 0.0, d IN COLLECT { MATCH (d:Deal)-[:FOR]->(t) RETURN d } | x + CASE WHEN d.status = 'WON' AND d.amount >= 0.0 AND d.amount <= 1.0e15 THEN d.amount ELSE 0.0 END)
         ELSE 0.0 END AS revenue,
       visible, CASE WHEN visible THEN [] ELSE COLLECT { MATCH (t)<-[:OWNS]-(colleague:SalesRep) RETURN colleague.name AS name UNION MATCH (t)-[:WORKS_AT]->(:Account)<-[:OWNS]-(colleague:SalesRep) RETURN colleague.name AS name } END AS colleagues
