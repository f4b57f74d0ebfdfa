// Won revenue of a few accounts in a period, as tiering/wonRevenue gives it for the whole book, found from each
// account (to bring a kept ABC analysis up to date after a change to these accounts): the one caller (AbcService)
// keeps the accounts of tiering/accounts, those the user may see. Parameters: $ids (account ids), $from, $to (dates,
// inclusive, null = open). Returns one row as tiering/wonRevenue: ids, revenues (accounts without WON deals in the
// period are not in the lists), invalid.
UNWIND $ids AS id
MATCH (a:Account {id: id})
CALL (a) {
  MATCH (a)<-[:FOR]-(d:Deal)
  WHERE d.status = 'WON' AND ($from IS NULL OR d.closedAt >= $from) AND ($to IS NULL OR d.closedAt <= $to)
  RETURN d, d.amount AS amount
}
WITH a, sum(CASE WHEN amount IS NULL OR (amount >= 0.0 AND amount <= 1.0e15) THEN amount END) AS revenue,
     collect(CASE WHEN amount IS NOT NULL AND NOT coalesce(amount >= 0.0 AND amount <= 1.0e15, false) THEN d.id END) AS invalid
RETURN collect(a.id) AS ids, collect(revenue) AS revenues,
       collect(CASE WHEN size(invalid) > 0 THEN {id: a.id, deals: invalid} END) AS invalid
