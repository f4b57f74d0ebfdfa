// Deletes an interaction with its LOGGED and WITH relationships. Parameters: $id. Returns: deleted (int).
MATCH (i:Interaction {id: $id})
DETACH DELETE i
RETURN count(*) AS deleted
