// Whether a sales rep exists. Parameters: $repId. Returns: found (boolean).
RETURN EXISTS { MATCH (:SalesRep {id: $repId}) } AS found
