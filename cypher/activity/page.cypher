// One page of interactions, newest first (then by id), with the total count of the filter.
// Parameters: $repId, $personId, $accountId (people of the account), $kind (list), $outcome,
// $from (datetime, inclusive), $to (datetime, exclusive) (each null = any),
// $afterAt (datetime), $afterId (cursor, null = first page), $limit.
// Returns: total (int), page (list of maps {i: Interaction node, repId, personId}).
MATCH (i:Interaction)
WHERE ($kind IS NULL OR i.kind IN $kind)
  AND ($outcome IS NULL OR i.outcome = $outcome)
  AND ($from IS NULL OR i.at >= $from)
  AND ($to IS NULL OR i.at < $to)
OPTIONAL MATCH (r:SalesRep)-[:LOGGED]->(i)
OPTIONAL MATCH (i)-[:WITH]->(p:Person)
WITH i, r, p
WHERE ($repId IS NULL OR r.id = $repId)
  AND ($personId IS NULL OR p.id = $personId)
  AND ($accountId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account {id: $accountId}) })
WITH i, r, p ORDER BY i.at DESC, i.id
WITH collect({i: i, repId: r.id, personId: p.id}) AS matching
RETURN size(matching) AS total,
       [m IN matching WHERE $afterId IS NULL OR m.i.at < $afterAt OR (m.i.at = $afterAt AND m.i.id > $afterId)][0..$limit] AS page
