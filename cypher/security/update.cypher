// Sets the given properties of a user. Parameters: $username, $props (map). Returns: u (User node), rep.
MATCH (u:User {username: $username})
SET u += $props
WITH u
OPTIONAL MATCH (u)-[:IS]->(rep:SalesRep)
RETURN u, rep
