// Whether the sales rep exists, for the relationships of a rep's accounts or of the whole book (the relationships of
// one account check their account and rep in accountScope.cypher). Parameters: $repId (null = not asked).
// Returns: rep (boolean; true when not asked).
RETURN $repId IS NULL OR EXISTS { (:SalesRep {id: $repId}) } AS rep
