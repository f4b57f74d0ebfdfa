// The two ends of a warm introduction: whether the rep and the person exist.
// Parameters: $repId, $personId (strings).
// Returns one row: rep (boolean), person (boolean).
RETURN EXISTS { MATCH (:SalesRep {id: $repId}) } AS rep,
       EXISTS { MATCH (:Person {id: $personId}) } AS person
