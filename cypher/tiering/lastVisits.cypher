// The last VISIT before a moment of every account visited, found from the visits (through the index on
// Interaction kind and at) rather than from every interaction of every account. A visit is an Interaction of
// kind VISIT with any person of the account (WITH leads to people, WORKS_AT to accounts).
// Parameters: $until (datetime, exclusive).
// Returns: id (account id), lastVisitAt (datetime); accounts never visited before $until have no row.
MATCH (i:Interaction {kind: 'VISIT'})
WHERE i.at < $until
MATCH (i)-[:WITH]->()-[:WORKS_AT]->(a)
RETURN a.id AS id, max(i.at) AS lastVisitAt
