// Every account. Parameters: $withAccounts (boolean: return the nodes too).
// Returns one row: ids (account ids), accounts (the Account nodes in the same order when $withAccounts, else
// an empty list). One row of lists: the whole book's rows one by one cost more to send than to find.
MATCH (a:Account)
RETURN collect(a.id) AS ids, collect(CASE WHEN $withAccounts THEN a END) AS accounts
