// Deletes a sales rep with its OWNS, KNOWS and LOGGED relationships; the interactions it logged stay.
// Parameters: $id. Returns: deleted (int).
MATCH (r:SalesRep {id: $id})
DETACH DELETE r
RETURN count(*) AS deleted
