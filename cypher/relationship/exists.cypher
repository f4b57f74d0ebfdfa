// Whether the account and the sales rep exist. Parameters: $accountId, $repId (null = not asked),
// $visibility (an account the user may not see does not exist for them).
// Returns: account, rep (booleans; true when not asked).
RETURN $accountId IS NULL OR EXISTS { (a:Account {id: $accountId}) WHERE ($visibility.all OR EXISTS { (a)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (a)<-[:OWNS]-(:SalesRep) })) } AS account,
       $repId IS NULL OR EXISTS { (:SalesRep {id: $repId}) } AS rep
