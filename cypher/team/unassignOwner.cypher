// Removes a rep from the owners of an account (nothing when it was not one). Parameters: $repId, $accountId.
// Returns: a (Account node).
MATCH (a:Account {id: $accountId})
OPTIONAL MATCH (:SalesRep {id: $repId})-[o:OWNS]->(a)
DELETE o
RETURN a
