// Won revenue by account in a period, from the WON deals (through the index on status), over the whole book: the
// one caller (AbcService) keeps the accounts of tiering/accounts, those the user may see, and so evaluates the
// visibility rule once per analysis rather than once per query. Parameters: $from,
// $to (dates, inclusive, null = open). Returns one row: ids (account ids), revenues (the sum of the amounts of
// the WON deals closed in the period of the account at the same position); accounts without WON deals in the
// period are not in the lists; invalid: {id, deals} of the accounts with WON deals whose amount is not a number
// between 0 and 10^15 (written outside Guanxi): those deals are left out of the revenue and reported.
MATCH (d:Deal {status: 'WON'})-[:FOR]->(a)
WHERE ($from IS NULL OR d.closedAt >= $from) AND ($to IS NULL OR d.closedAt <= $to)
WITH a, d, d.amount AS amount
// grouped by node, so that each account's id is read once rather than once per deal
WITH a, sum(CASE WHEN amount IS NULL OR (amount >= 0.0 AND amount <= 1.0e15) THEN amount END) AS revenue,
     collect(CASE WHEN amount IS NOT NULL AND NOT coalesce(amount >= 0.0 AND amount <= 1.0e15, false) THEN d.id END) AS invalid
// one row of two lists: the whole book's rows one by one cost more to send than to find
RETURN collect(a.id) AS ids, collect(revenue) AS revenues,
       collect(CASE WHEN size(invalid) > 0 THEN {id: a.id, deals: invalid} END) AS invalid
