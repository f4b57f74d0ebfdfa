// Creates REFERRED ties from bulk-import rows, used when the database held no node that imports name when the
// import started (every tie is new; ties are unique within the file). Parameters: $rows (list of {a: source id,
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
CREATE (s)-[r:REFERRED]->(t)
SET r += row.props
WITH t, true AS created
// a newly referred prospect (the target account, or a person target's account, POTENTIAL or PROSPECT) is raised
// to intention grade A at least, as recordReferral does (H stays H)
FOREACH (a IN CASE WHEN created THEN [x IN [t] + [(t)-[:WORKS_AT]->(e:Account) | e]
                                     WHERE x:Account AND coalesce(x.lifecycle, 'POTENTIAL') IN ['POTENTIAL', 'PROSPECT']
                                       AND (x.intentionGrade IS NULL OR NOT x.intentionGrade IN ['H', 'A'])][0..1]
                   ELSE [] END | SET a.intentionGrade = 'A')
RETURN count(*) AS created, sum(0) AS updated
