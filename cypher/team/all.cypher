// All sales reps by name, then id. Parameters: none. Returns: r (SalesRep node).
MATCH (r:SalesRep)
RETURN r
ORDER BY r.name, r.id
