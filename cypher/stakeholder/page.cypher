// One page of people ordered by name, id, with the total count of the filter.
// Parameters: $nameContains, $accountId, $buyingRole, $insider (each null = any), $afterName, $afterId
// (cursor, null = first page), $limit, $visibility (people of visible accounts only).
// Returns: total (int), page (list of maps {p: Person node, accountId}).
MATCH (p:Person)
WHERE ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
  AND ($accountId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account {id: $accountId}) })
  AND ($buyingRole IS NULL OR $buyingRole IN coalesce(p.buyingRoles, []))
  AND ($insider IS NULL OR coalesce(p.insider, false) = $insider)
  AND ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
WITH p ORDER BY p.name, p.id
WITH collect(p) AS matching
WITH size(matching) AS total,
     [p IN matching WHERE $afterId IS NULL OR p.name > $afterName OR (p.name = $afterName AND p.id > $afterId)][0..$limit] AS shown
RETURN total, [p IN shown | {p: p, accountId: head([(p)-[:WORKS_AT]->(a:Account) | a.id])}] AS page
