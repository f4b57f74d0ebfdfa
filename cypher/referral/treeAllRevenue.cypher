// Won revenue of every account that has some, for the whole-book ranking of referrers (topReferrers).
// Parameters: none. Returns: ref (element id of the account), revenue (sum of its WON deals' amounts).
MATCH (d:Deal {status: 'WON'})-[:FOR]->(a:Account)
RETURN elementId(a) AS ref, sum(coalesce(d.amount, 0.0)) AS revenue
