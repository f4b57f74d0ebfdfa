// Takes the write locks of the accounts of these people and of these accounts, in id order, until the
// transaction ends: reporting lines and moves of one account's people then happen one after another.
// Parameters: $personIds, $accountIds (lists of ids). Returns nothing.
OPTIONAL MATCH (p:Person)-[:WORKS_AT]->(a1:Account) WHERE p.id IN $personIds
OPTIONAL MATCH (a2:Account) WHERE a2.id IN $accountIds
WITH collect(DISTINCT a1) + collect(DISTINCT a2) AS accounts
UNWIND accounts AS a
WITH DISTINCT a ORDER BY a.id
SET a.guanxiLock = true
REMOVE a.guanxiLock
