// Every account. Parameters: $withAccounts (boolean: return the nodes too).
// Returns: id (account id), account (the Account node when $withAccounts, else null).
MATCH (a:Account)
RETURN a.id AS id, CASE WHEN $withAccounts THEN a END AS account
