// Won revenue of every account in a period. Parameters: $from, $to (dates, inclusive, null = open),
// $withAccounts (boolean: also return the account nodes).
// Returns: id (account id), revenue (sum of amounts of WON deals closed in the period, 0.0 if none),
// account (the Account node when $withAccounts, else null).
MATCH (a:Account)
CALL (a) {
  // the deal conditions stay out of the MATCH so that the deals are always reached from the account, never
  // through the index on status (a poor plan when the index statistics are stale, e.g. right after an import)
  OPTIONAL MATCH (d:Deal)-[:FOR]->(a)
  RETURN coalesce(sum(CASE WHEN d.status = 'WON'
                             AND ($from IS NULL OR d.closedAt >= $from)
                             AND ($to IS NULL OR d.closedAt <= $to) THEN d.amount END), 0.0) AS revenue
}
RETURN a.id AS id, revenue, CASE WHEN $withAccounts THEN a END AS account
