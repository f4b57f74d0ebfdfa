// The two ends of a warm introduction: whether the rep and the person exist.
// Parameters: $repId, $personId (strings), $visibility (the person must be visible).
// Returns one row: rep (boolean), person (boolean).
RETURN EXISTS { MATCH (:SalesRep {id: $repId}) } AS rep,
       EXISTS { MATCH (p:Person {id: $personId}) WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }) } AS person
