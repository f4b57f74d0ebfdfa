// A person is visible when their account is (docs/visibility.md), spelled here once for a person p, who reaches
// their account by -[:WORKS_AT]-> (deals and interactions: dealVisible, interactionVisible); VisibilityPredicate
// reads it from here. Parameters: $id (person id), $visibility. Returns: id, when the person exists and is visible.
MATCH (p:Person {id: $id})
WHERE ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
RETURN p.id AS id
