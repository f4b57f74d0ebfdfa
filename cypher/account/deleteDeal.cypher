// Deletes a deal. Parameters: $id, $visibility (a deal of a visible account). Returns: deleted (int).
MATCH (d:Deal {id: $id})
WHERE ($visibility.all OR EXISTS { (d)-[:FOR]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
DETACH DELETE d
RETURN count(*) AS deleted
