// One user with its linked rep. Parameters: $username. Returns: u (User node), rep (SalesRep node or null).
MATCH (u:User {username: $username})
OPTIONAL MATCH (u)-[:IS]->(rep:SalesRep)
RETURN u, rep
