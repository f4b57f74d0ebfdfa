// What hangs on an account. Parameters: $id, $visibility (no row for an account the user may not see). Returns: people, deals, referrals (ints).
MATCH (a:Account {id: $id})
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN COUNT { (:Person)-[:WORKS_AT]->(a) } AS people,
       COUNT { (:Deal)-[:FOR]->(a) } AS deals,
       COUNT { (a)-[:REFERRED]-() } AS referrals
