// Won revenue per account. Parameters: $ids. Returns: id, revenue (sum of WON deal amounts, 0 if none).
UNWIND $ids AS id
MATCH (a:Account {id: id})
OPTIONAL MATCH (d:Deal {status: 'WON'})-[:FOR]->(a)
RETURN id, coalesce(sum(d.amount), 0.0) AS revenue
