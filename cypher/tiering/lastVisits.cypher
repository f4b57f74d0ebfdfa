// The last VISIT before a moment of every account visited. A visit is an Interaction of kind VISIT with any person
// of the account (WITH leads to people, WORKS_AT to accounts). The visits are found through the index on
// Interaction kind and at, the people of every account from the accounts (whose WORKS_AT ties are grouped), and
// the two are joined on the person: walking from each visited person to their account cost more.
// Over the whole book: the one caller (VisitService.overdue) keeps the accounts of the ABC analysis, those the user
// may see (tiering/accounts). Parameters: $until (datetime, exclusive).
// Returns one row: ids (account ids), lastVisitAts (datetimes, the last visit of the account at the same
// position); accounts never visited before $until are not in the lists.
MATCH (a:Account)<-[:WORKS_AT]-(p:Person)<-[:WITH]-(i:Interaction {kind: 'VISIT'})
USING JOIN ON p
WHERE i.at < $until
WITH a, max(i.at) AS lastVisitAt
// one row of two lists: the whole book's rows one by one cost more to send than to find
RETURN collect(a.id) AS ids, collect(lastVisitAt) AS lastVisitAts
