// The latest WON deal of each account closed on or before $asOf (the greatest id among those of the same day), for
// the follow-up rules: over the whole book from the WON deals (through the index on status), or of the given
// accounts. The one caller (FollowUpService) keeps the accounts of tiering/followUpFacts, those the user may see.
// Parameters: $asOf (date), $ids (account ids; null = every account).
// Returns one row: deals, a list of [account id, deal id, close date]; accounts without such a deal are not listed.
CALL () {
  UNWIND CASE WHEN $ids IS NULL THEN [true] ELSE [] END AS every
  MATCH (d:Deal {status: 'WON'})-[:FOR]->(a:Account) RETURN d, a
  UNION ALL
  UNWIND coalesce($ids, []) AS id
  MATCH (d:Deal)-[:FOR]->(a:Account {id: id}) WHERE d.status = 'WON' RETURN d, a
}
WITH a, d WHERE d.closedAt <= $asOf
WITH a, d ORDER BY d.closedAt DESC, d.id DESC
WITH a, head(collect(d)) AS d
// one row of lists of lists: the whole book's rows one by one cost more to send than to find, and collect leaves out
// nulls
RETURN collect([a.id, d.id, d.closedAt]) AS deals
