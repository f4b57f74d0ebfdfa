// Up to 5 steps of a referral chain in one query, from a node given by element id ($ref) or by id ($id among the
// labels $labels; when several labels hold the id, Account wins over Person over Organization over Channel): its
// preferred referrer (the incoming REFERRED edge with the earliest date, an undated edge after all dated ones, ties
// by source id, then element id), that node's preferred referrer, and so on. The caller stops at a node already
// seen (cycles) and asks again from the last step when all 5 were found. Chains and trees find their first node
// here.
// Parameters: $ref (element id of the node to start from; null to find it by $id), $id, $labels (list of
// 'Account', 'Person', 'Organization', 'Channel'), $back (false: the node alone, no steps; a tree's source),
// $visibility (accounts and people the user may not see are not found by id).
// Returns no row when no node was found; else one row: start (map: ref (element id), labels, node, accountId (the
// account a person works at, else null)), steps (list of maps: step (0 = the nearest referrer), ref, labels, node,
// accountId (of a person), at, note, visible (whether the user may see the node), colleagues (when not: the names of
// the reps who own it or its account))).
CALL () {
  MATCH (n) WHERE elementId(n) = $ref RETURN n, -1 AS priority
  UNION ALL
  MATCH (n:Account {id: $id}) WHERE $ref IS NULL AND 'Account' IN $labels AND ($visibility.all OR EXISTS { (n)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (n)<-[:OWNS]-(:SalesRep) })) RETURN n, 0 AS priority
  UNION ALL
  MATCH (n:Person {id: $id}) WHERE $ref IS NULL AND 'Person' IN $labels AND ($visibility.all OR EXISTS { (n)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }) RETURN n, 1 AS priority
  UNION ALL
  MATCH (n:Organization {id: $id}) WHERE $ref IS NULL AND 'Organization' IN $labels RETURN n, 2 AS priority
  UNION ALL
  MATCH (n:Channel {id: $id}) WHERE $ref IS NULL AND 'Channel' IN $labels RETURN n, 3 AS priority
}
WITH n AS n0 ORDER BY priority LIMIT 1
OPTIONAL CALL (n0) {
  WITH n0 WHERE $back
  MATCH (s)-[r:REFERRED]->(n0)
  RETURN s AS n1, r AS r1 ORDER BY r1.at ASC, n1.id ASC, elementId(n1) ASC LIMIT 1
}
OPTIONAL CALL (n1) {
  MATCH (s)-[r:REFERRED]->(n1)
  RETURN s AS n2, r AS r2 ORDER BY r2.at ASC, n2.id ASC, elementId(n2) ASC LIMIT 1
}
OPTIONAL CALL (n2) {
  MATCH (s)-[r:REFERRED]->(n2)
  RETURN s AS n3, r AS r3 ORDER BY r3.at ASC, n3.id ASC, elementId(n3) ASC LIMIT 1
}
OPTIONAL CALL (n3) {
  MATCH (s)-[r:REFERRED]->(n3)
  RETURN s AS n4, r AS r4 ORDER BY r4.at ASC, n4.id ASC, elementId(n4) ASC LIMIT 1
}
OPTIONAL CALL (n4) {
  MATCH (s)-[r:REFERRED]->(n4)
  RETURN s AS n5, r AS r5 ORDER BY r5.at ASC, n5.id ASC, elementId(n5) ASC LIMIT 1
}
CALL (n1, r1, n2, r2, n3, r3, n4, r4, n5, r5) {
  WITH [[n1, r1], [n2, r2], [n3, r3], [n4, r4], [n5, r5]] AS found
  UNWIND range(0, size(found) - 1) AS i
  WITH i, found[i][0] AS s, found[i][1] AS r WHERE s IS NOT NULL
  WITH i, s, r, CASE WHEN s:Account THEN ($visibility.all OR EXISTS { (s)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (s)<-[:OWNS]-(:SalesRep) })) WHEN s:Person THEN ($visibility.all OR EXISTS { (s)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }) ELSE true END AS visible
  RETURN collect({step: i, ref: elementId(s), labels: labels(s), node: s, at: r.at, note: r.note,
          accountId: head(COLLECT { MATCH (s)-[:WORKS_AT]->(a:Account) RETURN a.id }),
          visible: visible, colleagues: CASE WHEN visible THEN [] ELSE COLLECT { MATCH (s)<-[:OWNS]-(colleague:SalesRep) RETURN colleague.name AS name UNION MATCH (s)-[:WORKS_AT]->(:Account)<-[:OWNS]-(colleague:SalesRep) RETURN colleague.name AS name } END}) AS steps
}
RETURN {ref: elementId(n0), labels: labels(n0), node: n0,
        accountId: head(COLLECT { MATCH (n0)-[:WORKS_AT]->(acc:Account) RETURN acc.id })} AS start, steps
