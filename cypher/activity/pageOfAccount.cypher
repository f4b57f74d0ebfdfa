// page.cypher for the interactions with the people of one account ($accountId not null): starts from the account
// instead of reading every interaction. Parameters, returns: as page.cypher.
MATCH (:Account {id: $accountId})<-[:WORKS_AT]-(p:Person)<-[:WITH]-(i:Interaction)
WITH i, p, i.at.epochMillis AS millis
WHERE ($kind IS NULL OR i.kind IN $kind)
  AND ($outcome IS NULL OR i.outcome = $outcome)
  AND ($fromMillis IS NULL OR millis >= $fromMillis)
  AND ($toMillis IS NULL OR millis < $toMillis)
OPTIONAL MATCH (r:SalesRep)-[:LOGGED]->(i)
WITH i, millis, r, p
WHERE ($repId IS NULL OR r.id = $repId)
  AND ($personId IS NULL OR p.id = $personId)
  AND ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
WITH i, millis, r, p ORDER BY millis DESC, i.id
WITH collect({i: i, repId: r.id, personId: p.id, millis: millis}) AS matching
RETURN size(matching) AS total,
       [m IN matching WHERE $afterId IS NULL OR m.millis < $afterMillis OR (m.millis = $afterMillis AND m.i.id > $afterId)][0..$limit] AS page
