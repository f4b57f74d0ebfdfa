// Sales reps by id. Parameters: $ids (list of string). Returns: r (SalesRep node), in no particular order.
UNWIND $ids AS id
MATCH (r:SalesRep {id: id})
RETURN r
