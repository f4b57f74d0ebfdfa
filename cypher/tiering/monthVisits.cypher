// The VISITs of a time window by account, found from the visits (through the index on Interaction kind and
// at) rather than from every interaction of every account. A visit is an Interaction of kind VISIT with any
// person of the account. Parameters: $start (datetime, inclusive), $end (datetime, exclusive), $visibility
// (visible accounts only). Returns: id (account id), visits (list of datetimes); accounts not visited in the
// window are left out.
MATCH (i:Interaction {kind: 'VISIT'})
WHERE i.at >= $start AND i.at < $end
MATCH (i)-[:WITH]->(:Person)-[:WORKS_AT]->(a:Account)
WITH a, collect(i.at) AS visits
WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) }))
RETURN a.id AS id, visits
