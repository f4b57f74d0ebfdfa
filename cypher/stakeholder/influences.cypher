// Whom each of several people sways, strongest first (then by name, id). Parameters: $ids (list of person ids),
// $visibility (visible people only).
// Returns: personId, other (Person node swayed), accountId (other's account), weight.
UNWIND $ids AS id
MATCH (:Person {id: id})-[i:INFLUENCES]->(other:Person)
WHERE ($visibility.all OR EXISTS { (other)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
OPTIONAL MATCH (other)-[:WORKS_AT]->(a:Account)
RETURN id AS personId, other, a.id AS accountId, coalesce(i.weight, 0.0) AS weight
ORDER BY weight DESC, other.name, other.id
