// The last VISIT before a moment of every account visited, found from the visits (through the index on
// Interaction kind and at) rather than from every interaction of every account. A visit is an Interaction of
// kind VISIT with any person of the account (WITH leads to people, WORKS_AT to accounts).
// Parameters: $until (datetime, exclusive), $visibility (visible accounts only).
// Returns one row: ids (account ids), lastVisitAts (datetimes, the last visit of the account at the same
// position); accounts never visited before $until are not in the lists.
MATCH (i:Interaction {kind: 'VISIT'})
WHERE i.at < $until
MATCH (i)-[:WITH]->(p)
// each person's last visit first: people are visited many times, and the way to their account is walked once
WITH p, max(i.at) AS last
MATCH (p)-[:WORKS_AT]->(a)
WITH a, max(last) AS lastVisitAt
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
// one row of two lists: the whole book's rows one by one cost more to send than to find
RETURN collect(a.id) AS ids, collect(lastVisitAt) AS lastVisitAts
