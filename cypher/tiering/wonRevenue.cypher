// Won revenue by account in a period, from the WON deals (through the index on status); accounts without WON
// deals in the period have no row. Parameters: $from, $to (dates, inclusive, null = open).
// Returns: id (account id), revenue (sum of the amounts of its WON deals closed in the period).
MATCH (d:Deal {status: 'WON'})-[:FOR]->(a)
WHERE ($from IS NULL OR d.closedAt >= $from) AND ($to IS NULL OR d.closedAt <= $to)
RETURN a.id AS id, sum(d.amount) AS revenue
