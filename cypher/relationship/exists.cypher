// Whether the account and the sales rep exist. Parameters: $accountId, $repId (null = not asked).
// Returns: account, rep (booleans; true when not asked).
RETURN $accountId IS NULL OR EXISTS { (:Account {id: $accountId}) } AS account,
       $repId IS NULL OR EXISTS { (:SalesRep {id: $repId}) } AS rep
