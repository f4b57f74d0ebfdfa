// All users by username, with their linked reps. Parameters: none. Returns: u (User node), rep (SalesRep or null).
MATCH (u:User)
OPTIONAL MATCH (u)-[:IS]->(rep:SalesRep)
RETURN u, rep
ORDER BY u.username
