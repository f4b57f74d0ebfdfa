// Won revenue of every account (0 when none), for the ABC analysis. Parameters: none.
// Returns: id, revenue.
MATCH (a:Account)
OPTIONAL MATCH (d:Deal {status: 'WON'})-[:FOR]->(a)
RETURN a.id AS id, coalesce(sum(d.amount), 0.0) AS revenue
