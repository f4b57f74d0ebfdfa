// The last VISIT before a moment of every account visited, found from the visits (through the index on
// Interaction kind and at) rather than from every interaction of every account. A visit is an Interaction of
// kind VISIT with any person of the account (WITH leads to people, WORKS_AT to accounts).
// Over the whole book: the one caller (VisitService.overdue) keeps the accounts of the ABC analysis, those the user
// may see (tiering/accounts). Parameters: $until (datetime, exclusive).
// Returns one row: ids (account ids), lastVisitAts (datetimes, the last visit of the account at the same
// position); accounts never visited before $until are not in the lists.
MATCH (i:Interaction {kind: 'VISIT'})
WHERE i.at < $until
MATCH (i)-[:WITH]->(p)
// each person's last visit first: people are visited many times, and the way to their account is walked once
WITH p, max(i.at) AS last
MATCH (p)-[:WORKS_AT]->(a)
WITH a, max(last) AS lastVisitAt
// one row of two lists: the whole book's rows one by one cost more to send than to find
RETURN collect(a.id) AS ids, collect(lastVisitAt) AS lastVisitAts
