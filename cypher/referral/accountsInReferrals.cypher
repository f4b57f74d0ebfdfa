// Whether any of the given accounts, or any person who works at one of them, referred or was referred: a change to
// other accounts leaves the whole-book referral reports as they are (ReferralReportService).
// Parameters: $ids (account ids). Returns one row: referred (boolean).
UNWIND $ids AS id
MATCH (a:Account {id: id})
WHERE EXISTS { (a)-[:REFERRED]-() } OR EXISTS { (a)<-[:WORKS_AT]-(:Person)-[:REFERRED]-() }
RETURN count(a) > 0 AS referred
