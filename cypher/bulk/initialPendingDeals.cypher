// After a bulk initial load: the accounts of the WON deals the class history has not seen yet (labelled
// :ImportPendingDeal by the load). Parameters: none. Returns: id.
MATCH (:ImportPendingDeal)-[:FOR]->(a:Account)
RETURN DISTINCT a.id AS id
