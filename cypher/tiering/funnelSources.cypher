// The lead source of every referred account, for a funnel grouped by lead source (the caller keeps the accounts
// of funnelAccounts): the source of its earliest incoming REFERRED (by at, then source id). Parameters: none.
// Returns one row: rows, a list of [account id, source type (ACCOUNT, PERSON, ORGANIZATION, CHANNEL), source kind
// (of an Organization or Channel source, else null), customer (a Person source works at an account that is
// RETAINED, signed or VIP, as the referral-source report counts it)]; accounts nobody referred are not listed.
MATCH (s)-[ref:REFERRED]->(a:Account)
WITH a, s, ref ORDER BY ref.at, s.id
WITH a, collect(s)[0] AS s
// lists of lists: collect leaves out nulls, and a source's kind is often null
RETURN collect([a.id,
                CASE WHEN s:Account THEN 'ACCOUNT' WHEN s:Person THEN 'PERSON' WHEN s:Organization THEN 'ORGANIZATION'
                     WHEN s:Channel THEN 'CHANNEL' END,
                CASE WHEN s:Organization OR s:Channel THEN s.kind END,
                CASE WHEN s:Person THEN EXISTS { (s)-[:WORKS_AT]->(sa:Account)
                                                 WHERE sa.lifecycle = 'RETAINED' OR sa.signed = true OR sa.vip = true }
                     ELSE false END]) AS rows
