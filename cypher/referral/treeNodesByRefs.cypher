// Referral sources by element id, with what their kind depends on.
// Parameters: $refs (element ids). Returns: ref, labels, node, accountId (for a person), customerAccount
// (for a person: their account is RETAINED, signed or VIP).
UNWIND $refs AS ref
MATCH (n) WHERE elementId(n) = ref
OPTIONAL MATCH (n)-[:WORKS_AT]->(acc:Account)
RETURN ref, labels(n) AS labels, n AS node, acc.id AS accountId,
       coalesce(acc.lifecycle = 'RETAINED' OR acc.signed = true OR acc.vip = true, false) AS customerAccount
