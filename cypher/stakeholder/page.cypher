// One page of people ordered by name, id (the range index on the name gives that order, so the page is read
// without sorting every person), and, when $countTotal, the number of people of the filter.
// Parameters: $nameContains, $accountId, $buyingRole, $insider (each null = any), $afterName, $afterId
// (cursor, null = first page), $limit, $countTotal (boolean), $visibility (people of visible accounts only).
// Returns: total (int, 0 unless $countTotal), page (list of maps {p: Person node, accountId}).
CALL () {
  MATCH (p:Person)
  WHERE p.name >= coalesce($afterName, '')
    AND ($afterId IS NULL OR p.name > $afterName OR (p.name = $afterName AND p.id > $afterId))
    AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
    AND ($accountId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account {id: $accountId}) })
    AND ($buyingRole IS NULL OR $buyingRole IN coalesce(p.buyingRoles, []))
    AND ($insider IS NULL OR coalesce(p.insider, false) = $insider)
    AND ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
  WITH p ORDER BY p.name, p.id LIMIT $limit
  // the account by a subquery: a pattern comprehension after the ordered LIMIT trips Neo4j 5.26's planner
  CALL (p) {
    OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
    RETURN a.id AS accountId ORDER BY accountId LIMIT 1
  }
  RETURN collect({p: p, accountId: accountId}) AS page
}
CALL () {
  WITH $countTotal AS counted WHERE counted
  MATCH (q:Person)
  WHERE ($nameContains IS NULL OR toLower(q.name) CONTAINS toLower($nameContains))
    AND ($accountId IS NULL OR EXISTS { (q)-[:WORKS_AT]->(:Account {id: $accountId}) })
    AND ($buyingRole IS NULL OR $buyingRole IN coalesce(q.buyingRoles, []))
    AND ($insider IS NULL OR coalesce(q.insider, false) = $insider)
    AND ($visibility.all OR EXISTS { (q)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
  RETURN count(q) AS total
}
RETURN total, page
