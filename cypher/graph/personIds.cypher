// The ids of all people, to record the classes of a book just loaded. Parameters: none. Returns: id.
MATCH (p:Person)
RETURN p.id AS id
