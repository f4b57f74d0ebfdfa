// Won revenue of every account in a period. Parameters: $from, $to (dates, inclusive, null = open),
// $withAccounts (boolean: also return the account nodes).
// Returns: id (account id), revenue (sum of amounts of WON deals closed in the period, 0.0 if none),
// account (the Account node when $withAccounts, else null).
MATCH (a:Account)
CALL (a) {
  OPTIONAL MATCH (d:Deal)-[:FOR]->(a)
  WHERE d.status = 'WON'
    AND ($from IS NULL OR d.closedAt >= $from)
    AND ($to IS NULL OR d.closedAt <= $to)
  RETURN coalesce(sum(d.amount), 0.0) AS revenue
}
RETURN a.id AS id, revenue, CASE WHEN $withAccounts THEN a END AS account
