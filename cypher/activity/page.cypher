// One page of interactions, newest first (then by id), with the total count of the filter. Instants are
// compared as epoch milliseconds, so that the same instant written with different offsets counts as equal.
// Parameters: $repId, $personId, $accountId (people of the account), $kind (list), $outcome,
// $fromMillis (inclusive), $toMillis (exclusive) (each null = any),
// $afterMillis, $afterId (cursor, null = first page), $limit, $visibility (interactions with people of visible accounts only).
// Returns: total (int), page (list of maps {i: Interaction node, repId, personId, millis}).
MATCH (i:Interaction)
WITH i, i.at.epochMillis AS millis
WHERE ($kind IS NULL OR i.kind IN $kind)
  AND ($outcome IS NULL OR i.outcome = $outcome)
  AND ($fromMillis IS NULL OR millis >= $fromMillis)
  AND ($toMillis IS NULL OR millis < $toMillis)
OPTIONAL MATCH (r:SalesRep)-[:LOGGED]->(i)
OPTIONAL MATCH (i)-[:WITH]->(p:Person)
WITH i, millis, r, p
WHERE ($repId IS NULL OR r.id = $repId)
  AND ($personId IS NULL OR p.id = $personId)
  AND ($accountId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account {id: $accountId}) })
  AND ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
WITH i, millis, r, p ORDER BY millis DESC, i.id
WITH collect({i: i, repId: r.id, personId: p.id, millis: millis}) AS matching
RETURN size(matching) AS total,
       [m IN matching WHERE $afterId IS NULL OR m.millis < $afterMillis OR (m.millis = $afterMillis AND m.i.id > $afterId)][0..$limit] AS page
