// What a change to the given accounts and nodes may change of the whole-book referral reports (ReferralReportService
// keeps the rest): the sources whose referrals may count differently, that is those that referred one of the accounts,
// one of their people or one of the nodes (the target's conversion, revenue and visibility), and the accounts and
// their people that referred anyone (the source's visibility and kind); and the accounts that referred or were
// referred (their revenue counts in referral trees; an account that joins one is the end of a REFERRED tie changed).
// Parameters: $ids (account ids), $refs (element ids of the other nodes changed). Returns one row: sources (element
// ids), accounts (element ids of the accounts of $ids that referred or were referred).
WITH COLLECT { UNWIND $ids AS id MATCH (a:Account {id: id}) RETURN a } AS accounts
CALL (accounts) {
  CALL (accounts) {
    UNWIND accounts AS a
    CALL (a) {
      MATCH (s)-[:REFERRED]->(a) RETURN s
      UNION
      MATCH (s)-[:REFERRED]->(:Person)-[:WORKS_AT]->(a) RETURN s
      UNION
      MATCH (s:Person)-[:WORKS_AT]->(a) WHERE EXISTS { (s)-[:REFERRED]->() } RETURN s
      UNION
      WITH a WHERE EXISTS { (a)-[:REFERRED]->() } RETURN a AS s
    }
    RETURN s
    UNION
    UNWIND $refs AS ref
    MATCH (s)-[:REFERRED]->(n) WHERE elementId(n) = ref
    RETURN s
  }
  RETURN collect(DISTINCT elementId(s)) AS sources
}
RETURN sources, [a IN accounts WHERE EXISTS { (a)-[:REFERRED]-() } | elementId(a)] AS accounts
