// Creates or updates REFERRED ties from bulk-import rows. Parameters: $rows (list of {a: source id,
// aType: account|person|organization|channel, b: target id, bType: account|person, props: {at, note}}).
// A newly referred prospect is raised to intention grade A at least. Returns: created, updated (row counts).
UNWIND $rows AS row
// source and target by their kinds: one index lookup per kind, the other lookups find nothing (an id of null
// matches no node); cheaper per row than UNION subqueries
OPTIONAL MATCH (sa:Account {id: CASE WHEN row.aType = 'account' THEN row.a END})
OPTIONAL MATCH (sp:Person {id: CASE WHEN row.aType = 'person' THEN row.a END})
OPTIONAL MATCH (so:Organization {id: CASE WHEN row.aType = 'organization' THEN row.a END})
OPTIONAL MATCH (sc:Channel {id: CASE WHEN row.aType = 'channel' THEN row.a END})
OPTIONAL MATCH (ta:Account {id: CASE WHEN row.bType = 'account' THEN row.b END})
OPTIONAL MATCH (tp:Person {id: CASE WHEN row.bType = 'person' THEN row.b END})
WITH row, coalesce(sa, sp, so, sc) AS s, coalesce(ta, tp) AS t
WHERE s IS NOT NULL AND t IS NOT NULL
OPTIONAL MATCH (s)-[old:REFERRED]->(t)
WITH s, t, row, old IS NULL AS created,
     old IS NOT NULL AND any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]) AS updated
WHERE created OR updated
MERGE (s)-[r:REFERRED]->(t)
SET r += row.props
WITH t, created, updated
// a newly referred prospect (the target account, or a person target's account, POTENTIAL or PROSPECT) is raised
// to intention grade A at least, as recordReferral does (H stays H)
FOREACH (a IN CASE WHEN created THEN [x IN [t] + [(t)-[:WORKS_AT]->(e:Account) | e]
                                     WHERE x:Account AND coalesce(x.lifecycle, 'POTENTIAL') IN ['POTENTIAL', 'PROSPECT']
                                       AND (x.intentionGrade IS NULL OR NOT x.intentionGrade IN ['H', 'A'])][0..1]
                   ELSE [] END | SET a.intentionGrade = 'A')
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated
