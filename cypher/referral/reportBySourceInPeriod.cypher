// Referral-source report for a period: every REFERRED edge dated within it counts as a lead.
// Parameters: $from, $to (dates, inclusive; the caller passes wide bounds for an open end), $ids (ids of the
// referred accounts whose rows are read: referrals of the accounts and of their people; null for every referral).
// Returns one row: rows, a list with one entry per source (per account the source works at): [ref, labels, id,
// nodeKind (the kind property), customerAccount (for a person: their account is RETAINED, signed or VIP), referred
// (one entry per account it referred, or whose people it referred: [accountId, leads (edges), converted (edges
// whose target is converted: the target account, or a person target's account, is RETAINED or has a WON deal),
// revenue (sum over converted edges of that account's WON revenue), daysSum, daysCount (days from the referral date
// to the account's first WON deal closed on or after it, over the edges that have one)])]; a source's line is the
// sum of its entries. Only visible sources and targets count ($visibility).
// Amounts outside 0..10^15 (written outside Guanxi) are left out here and reported as data errors of their account.
// the accounts of the visible reps, listed once (the visibility predicate's whole-book form): each referral's
// target account and source are checked against it below, and the list goes no further (carried through the
// groupings below, it would be counted in every group of a large book)
CALL () { MATCH (visibleOwner:SalesRep) WHERE NOT $visibility.all AND (visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams) MATCH (visibleOwner)-[:OWNS]->(owned:Account) RETURN collect(owned) AS visibleOwned }
// every referral, or those of the given accounts and their people (found from the accounts, not among every
// referral; a person of two of them once)
CALL () {
  UNWIND CASE WHEN $ids IS NULL THEN [true] ELSE [] END AS every
  MATCH (s)-[r:REFERRED]->(t) RETURN s, r, t
  UNION ALL
  UNWIND coalesce($ids, []) AS id
  MATCH (a:Account {id: id})
  CALL (a) {
    MATCH (s)-[r:REFERRED]->(a) RETURN s, r, a AS t
    UNION ALL
    MATCH (s)-[r:REFERRED]->(t:Person)-[:WORKS_AT]->(a) RETURN s, r, t
  }
  WITH DISTINCT s, r, t
  RETURN s, r, t
}
WITH s, r, t, visibleOwned
WHERE r.at >= $from AND r.at <= $to
WITH s, r, t, visibleOwned, CASE WHEN t:Account THEN t ELSE head(COLLECT { MATCH (t)-[:WORKS_AT]->(ta:Account) RETURN ta }) END AS acct
// only referrals of accounts (and people of accounts) the user may see; of the given accounts when given (a person
// of another account too counts for the account the whole book counts it for)
WHERE acct IS NOT NULL AND CASE WHEN $ids IS NULL THEN true ELSE acct.id IN $ids END
  AND ($visibility.all OR acct IN visibleOwned OR ($visibility.unowned AND NOT EXISTS { (acct)<-[:OWNS]-(:SalesRep) }))
// whether the user may see the source
WITH acct, s, r,
     (s:Organization OR s:Channel OR (s:Account AND ($visibility.all OR s IN visibleOwned OR ($visibility.unowned AND NOT EXISTS { (s)<-[:OWNS]-(:SalesRep) }))) OR (s:Person AND ($visibility.all OR EXISTS { (s)-[:WORKS_AT]->(visibleAccount:Account) WHERE ($visibility.all OR visibleAccount IN visibleOwned OR ($visibility.unowned AND NOT EXISTS { (visibleAccount)<-[:OWNS]-(:SalesRep) })) }))) AS sourceVisible
WITH acct, collect({s: s, at: r.at, sourceVisible: sourceVisible}) AS referrals
WITH referrals, acct,
     CASE WHEN acct IS NULL THEN [] ELSE [d IN COLLECT { MATCH (d:Deal)-[:FOR]->(acct) RETURN d ORDER BY d.closedAt } WHERE d.status = 'WON' AND d.amount >= 0.0 AND d.amount <= 1.0e15 | {amount: d.amount, closedAt: d.closedAt}] END AS won
WITH referrals, acct,
     acct IS NOT NULL AND (coalesce(acct.lifecycle = 'RETAINED', false) OR size(won) > 0) AS converted,
     reduce(x = 0.0, d IN won | x + coalesce(d.amount, 0.0)) AS revenue,
     [d IN won WHERE d.closedAt IS NOT NULL | d.closedAt] AS closes
UNWIND referrals AS referral
WITH acct, referral.s AS s, referral.sourceVisible AS sourceVisible, converted, revenue,
     head([c IN closes WHERE referral.at IS NOT NULL AND c >= referral.at]) AS firstClose, referral.at AS at
WITH acct, s, sourceVisible, converted, revenue,
     CASE WHEN firstClose IS NULL THEN null ELSE duration.inDays(at, firstClose).days END AS days
WITH acct, s, sourceVisible, count(*) AS leads,
     sum(CASE WHEN converted THEN 1 ELSE 0 END) AS converted,
     sum(CASE WHEN converted THEN revenue ELSE 0.0 END) AS revenue,
     sum(days) AS daysSum, count(days) AS daysCount
// the source's own data once for all the accounts it referred; only sources the user may see
WITH s, sourceVisible, collect([acct.id, leads, converted, revenue, daysSum, daysCount]) AS referred
WHERE sourceVisible
OPTIONAL MATCH (s)-[:WORKS_AT]->(sa:Account)
// one row of lists: the thousands of sources of a large book come as one record, not one record each
RETURN collect([elementId(s), labels(s), s.id, s.kind,
                coalesce(sa.lifecycle = 'RETAINED' OR sa.signed = true OR sa.vip = true, false), referred]) AS rows
