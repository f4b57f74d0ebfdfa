// Whether a sales rep exists. Parameters: $id. Returns: found (boolean).
OPTIONAL MATCH (r:SalesRep {id: $id})
RETURN r IS NOT NULL AS found
