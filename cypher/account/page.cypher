// One page of accounts ordered by name, id (the range index on the name gives that order, so the page is read
// without sorting every account), and, when $countTotal, the number of accounts of the filter.
// Parameters: $nameContains, $lifecycle (list), $opportunityTier (list), $intentionGrade (list), $ownerId,
// $industry, $signed (each null = any), $afterName, $afterId (cursor, null = first page), $limit, $countTotal
// (boolean), $visibility (only accounts the user may see).
// Returns: total (int, 0 unless $countTotal), page (list of Account nodes).
CALL () {
  MATCH (a:Account)
  WHERE a.name >= coalesce($afterName, '')
    AND ($afterId IS NULL OR a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))
    AND ($nameContains IS NULL OR toLower(a.name) CONTAINS toLower($nameContains))
    AND ($lifecycle IS NULL OR a.lifecycle IN $lifecycle)
    AND ($opportunityTier IS NULL OR a.opportunityTier IN $opportunityTier)
    AND ($intentionGrade IS NULL OR a.intentionGrade IN $intentionGrade)
    AND ($industry IS NULL OR toLower(a.industry) = toLower($industry))
    AND ($signed IS NULL OR coalesce(a.signed, false) = $signed)
    AND ($ownerId IS NULL OR EXISTS { (:SalesRep {id: $ownerId})-[:OWNS]->(a) })
    AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
  WITH a ORDER BY a.name, a.id LIMIT $limit
  RETURN collect(a) AS page
}
CALL () {
  WITH $countTotal AS counted WHERE counted
  MATCH (a:Account)
  WHERE ($nameContains IS NULL OR toLower(a.name) CONTAINS toLower($nameContains))
    AND ($lifecycle IS NULL OR a.lifecycle IN $lifecycle)
    AND ($opportunityTier IS NULL OR a.opportunityTier IN $opportunityTier)
    AND ($intentionGrade IS NULL OR a.intentionGrade IN $intentionGrade)
    AND ($industry IS NULL OR toLower(a.industry) = toLower($industry))
    AND ($signed IS NULL OR coalesce(a.signed, false) = $signed)
    AND ($ownerId IS NULL OR EXISTS { (:SalesRep {id: $ownerId})-[:OWNS]->(a) })
    AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
  RETURN count(a) AS total
}
RETURN total, page
