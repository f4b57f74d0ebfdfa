// Class changes recorded in a period, oldest first. Parameters: $from, $to (datetimes, from inclusive,
// to exclusive), $visibility (people of visible accounts only). Returns: p (Person node), accountId, change {from, to, at, cause,
// causeKey, causeArgs}.
MATCH (p:Person)-[:HAD_CLASS]->(c:RelationshipChange)
WHERE c.at >= $from AND c.at < $to
  AND ($visibility.all OR EXISTS { (p)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR EXISTS { (visibleAccount)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) })
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
RETURN p, a.id AS accountId, c {.from, .to, .at, .cause, .causeKey, .causeArgs} AS change
ORDER BY c.at, p.name, p.id, c.seq
