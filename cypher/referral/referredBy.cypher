// Who referred each of these accounts or people: their incoming REFERRED edges, earliest first.
// Parameters: $label ('Account' or 'Person'), $ids (list of string),
// $visibility (sources the user may not see are left out).
// Returns: key (the target's id), s, sAccountId, t, tAccountId (nodes and, for people, their account's id), at, note.
UNWIND $ids AS key
CALL (key) {
  MATCH (t:Account {id: key}) WHERE $label = 'Account' RETURN t
  UNION ALL
  MATCH (t:Person {id: key}) WHERE $label = 'Person' RETURN t
}
MATCH (s)-[r:REFERRED]->(t)
WHERE (s:Organization OR s:Channel OR (s:Account AND ($visibility.all OR EXISTS { (s)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (s)<-[:OWNS]-(:SalesRep) }))) OR (s:Person AND ($visibility.all OR EXISTS { (s)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })))
RETURN key,
       s, [(s)-[:WORKS_AT]->(a:Account) | a.id][0] AS sAccountId,
       t, [(t)-[:WORKS_AT]->(a:Account) | a.id][0] AS tAccountId,
       r.at AS at, r.note AS note
ORDER BY key, at, s.name, s.id
