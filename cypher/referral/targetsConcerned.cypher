// The referred accounts whose rows of the referral-source report a change to the given accounts and nodes may change
// besides the accounts themselves (ReferralReportService keeps the rest): those referred, directly or through their
// people, by one of the accounts, one of their people or one of the nodes (the kind, visibility and customer status
// of a source, the referrals of a tie's start).
// Parameters: $ids (account ids), $refs (element ids of the other nodes changed). Returns one row: ids (account ids).
CALL () {
  UNWIND $ids AS id
  MATCH (a:Account {id: id})
  CALL (a) {
    RETURN a AS s
    UNION
    MATCH (s:Person)-[:WORKS_AT]->(a) RETURN s
  }
  RETURN s
  UNION
  UNWIND $refs AS ref
  MATCH (s)-[:REFERRED]->() WHERE elementId(s) = ref
  RETURN s
}
MATCH (s)-[:REFERRED]->(t)
CALL (t) {
  WITH t WHERE t:Account RETURN t.id AS id
  UNION
  MATCH (t)-[:WORKS_AT]->(ta:Account) RETURN ta.id AS id
}
RETURN collect(DISTINCT id) AS ids
