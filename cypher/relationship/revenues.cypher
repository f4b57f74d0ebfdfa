// Won revenue of every account (0 when none), for the ABC analysis. Parameters: none.
// Returns: id, revenue.
MATCH (a:Account)
RETURN a.id AS id,
       coalesce(COLLECT { MATCH (d:Deal {status: 'WON'})-[:FOR]->(a) RETURN sum(d.amount) }[0], 0.0) AS revenue
