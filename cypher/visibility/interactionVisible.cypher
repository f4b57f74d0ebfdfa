// An interaction is visible when its account is (docs/visibility.md), spelled here once for an interaction i, which
// reaches its account through the person it is with; VisibilityPredicate reads it from here. Parameters: $id
// (interaction id), $visibility. Returns: id, when the interaction exists and is visible.
MATCH (i:Interaction {id: $id})
WHERE ($visibility.all OR EXISTS { (i)-[:WITH]->(:Person)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
RETURN i.id AS id
