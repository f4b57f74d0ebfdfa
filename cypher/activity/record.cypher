// Creates or updates an interaction and (re)links it: (rep)-[:LOGGED]->(i)-[:WITH]->(person), replacing any
// previous rep and person. Parameters: $id, $repId, $personId, $props (map of the properties to set), $visibility
// (the person, and the interaction when it exists, must be visible).
// Returns: i (Interaction node), repId, personId.
MATCH (r:SalesRep {id: $repId})
MATCH (p:Person {id: $personId})
WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
  AND NOT EXISTS { (other:Interaction {id: $id}) WHERE NOT ($visibility.all OR EXISTS { (other)-[:WITH]->(:Person)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }) }
MERGE (i:Interaction {id: $id})
SET i += $props
WITH i, r, p
OPTIONAL MATCH (:SalesRep)-[logged:LOGGED]->(i)
DELETE logged
WITH DISTINCT i, r, p
OPTIONAL MATCH (i)-[contact:WITH]->(:Person)
DELETE contact
WITH DISTINCT i, r, p
CREATE (r)-[:LOGGED]->(i)-[:WITH]->(p)
RETURN i, r.id AS repId, p.id AS personId
