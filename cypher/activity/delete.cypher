// Deletes an interaction with its LOGGED and WITH relationships. Parameters: $id, $visibility (an interaction the user may see). Returns: deleted (int).
MATCH (i:Interaction {id: $id})
WHERE ($visibility.all OR EXISTS { (i)-[:WITH]->(:Person)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
DETACH DELETE i
RETURN count(*) AS deleted
