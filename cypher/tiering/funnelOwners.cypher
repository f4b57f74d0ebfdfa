// The owners of every owned account, for a funnel grouped by rep (the caller keeps the accounts of
// funnelAccounts). Parameters: none.
// Returns one row: ids (account ids), owners (the ids of the reps who OWN the account at the same position, by
// id); accounts nobody owns are not in the lists.
MATCH (r:SalesRep)-[:OWNS]->(a:Account)
WITH a, r.id AS owner ORDER BY owner
WITH a, collect(owner) AS owners
RETURN collect(a.id) AS ids, collect(owners) AS owners
