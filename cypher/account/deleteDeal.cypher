// Deletes a deal. Parameters: $id. Returns: deleted (int).
MATCH (d:Deal {id: $id})
DETACH DELETE d
RETURN count(*) AS deleted
