// Won revenue by visible account ($visibility) in a period, from the WON deals (through the index on status). Parameters: $from,
// $to (dates, inclusive, null = open). Returns one row: ids (account ids), revenues (the sum of the amounts of
// the WON deals closed in the period of the account at the same position); accounts without WON deals in the
// period are not in the lists.
MATCH (d:Deal {status: 'WON'})-[:FOR]->(a)
WHERE ($from IS NULL OR d.closedAt >= $from) AND ($to IS NULL OR d.closedAt <= $to)
// grouped by node, so that each account's id is read once rather than once per deal
WITH a, sum(d.amount) AS revenue
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
// one row of two lists: the whole book's rows one by one cost more to send than to find
RETURN collect(a.id) AS ids, collect(revenue) AS revenues
