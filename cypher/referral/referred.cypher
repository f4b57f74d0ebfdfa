// Whom each of these sources referred: their outgoing REFERRED edges, earliest first.
// Parameters: $label ('Account', 'Person', 'Organization' or 'Channel'), $ids (list of string),
// $visibility (targets the user may not see are left out).
// Returns: key (the source's id), s, sAccountId, t, tAccountId (nodes and, for people, their account's id), at, note.
UNWIND $ids AS key
CALL (key) {
  MATCH (s:Account {id: key}) WHERE $label = 'Account' RETURN s
  UNION ALL
  MATCH (s:Person {id: key}) WHERE $label = 'Person' RETURN s
  UNION ALL
  MATCH (s:Organization {id: key}) WHERE $label = 'Organization' RETURN s
  UNION ALL
  MATCH (s:Channel {id: key}) WHERE $label = 'Channel' RETURN s
}
MATCH (s)-[r:REFERRED]->(t)
WHERE (t:Account AND ($visibility.all OR EXISTS { (t)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (t)<-[:OWNS]-(:SalesRep) }))) OR (t:Person AND ($visibility.all OR EXISTS { (t)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }))
RETURN key,
       s, [(s)-[:WORKS_AT]->(a:Account) | a.id][0] AS sAccountId,
       t, [(t)-[:WORKS_AT]->(a:Account) | a.id][0] AS tAccountId,
       r.at AS at, r.note AS note
ORDER BY key, at, t.name, t.id
