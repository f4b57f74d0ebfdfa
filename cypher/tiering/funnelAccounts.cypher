// The accounts of a funnel with their stage, owners and lead source.
// Parameters: $visibility (visible accounts only), $repId (only accounts this rep OWNS; null = all), $from, $to (datetimes: accounts created in
// [$from, $to); null = open; accounts without createdAt only count when both are null).
// Returns: id, lifecycle, owners (rep ids by id), sourceType (ACCOUNT, PERSON, ORGANIZATION, CHANNEL; null when
// nobody referred it), sourceKind (the kind of an Organization or Channel source), customerAccount (a Person
// source works at an account that is RETAINED, signed or VIP, as the referral-source report counts it). The lead
// source is the source of the earliest incoming REFERRED (by at, then source id).
MATCH (a:Account)
WHERE ($repId IS NULL OR EXISTS { (:SalesRep {id: $repId})-[:OWNS]->(a) })
  AND ($from IS NULL OR a.createdAt >= $from)
  AND ($to IS NULL OR a.createdAt < $to)
  AND ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
CALL (a) {
  OPTIONAL MATCH (r:SalesRep)-[:OWNS]->(a)
  WITH r ORDER BY r.id
  RETURN collect(r.id) AS owners
}
CALL (a) {
  OPTIONAL MATCH (s)-[ref:REFERRED]->(a)
  WITH s, ref ORDER BY ref.at, s.id
  LIMIT 1
  RETURN CASE WHEN s:Account THEN 'ACCOUNT' WHEN s:Person THEN 'PERSON' WHEN s:Organization THEN 'ORGANIZATION'
              WHEN s:Channel THEN 'CHANNEL' END AS sourceType,
         CASE WHEN s:Organization OR s:Channel THEN s.kind END AS sourceKind,
         CASE WHEN s:Person THEN EXISTS { (s)-[:WORKS_AT]->(sa:Account)
                                          WHERE sa.lifecycle = 'RETAINED' OR sa.signed = true OR sa.vip = true }
              ELSE false END AS customerAccount
}
RETURN a.id AS id, coalesce(a.lifecycle, 'POTENTIAL') AS lifecycle, owners, sourceType, sourceKind, customerAccount
