// Every REFERRED edge of the book, or of the given sources, for the whole-book ranking of referrers (topReferrers).
// Parameters: $refs (element ids of the sources whose edges are read; null for every edge), $visibility (only edges
// between a source and a target the user may see). Returns one row of lists, an edge at the same position of each:
// froms (element ids), fromIds (the sources' id), tos (element ids). One row of lists: the whole book's rows one by
// one cost more to send than to find.
CALL () {
  UNWIND CASE WHEN $refs IS NULL THEN [true] ELSE [] END AS every
  MATCH (s)-[:REFERRED]->(t) RETURN s, t
  UNION ALL
  UNWIND coalesce($refs, []) AS ref
  MATCH (s)-[:REFERRED]->(t) WHERE elementId(s) = ref RETURN s, t
}
WITH s, t
WHERE (s:Organization OR s:Channel OR (s:Account AND ($visibility.all OR EXISTS { (s)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (s)<-[:OWNS]-(:SalesRep) }))) OR (s:Person AND ($visibility.all OR EXISTS { (s)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })))
  AND ((t:Account AND ($visibility.all OR EXISTS { (t)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (t)<-[:OWNS]-(:SalesRep) }))) OR (t:Person AND ($visibility.all OR EXISTS { (t)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })))
RETURN collect(elementId(s)) AS froms, collect(s.id) AS fromIds, collect(elementId(t)) AS tos
