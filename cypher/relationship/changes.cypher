// Class changes recorded in a period, oldest first. Parameters: $from, $to (datetimes, from inclusive,
// to exclusive). Returns: p (Person node), accountId, change {from, to, at, cause}.
MATCH (p:Person)-[:HAD_CLASS]->(c:RelationshipChange)
WHERE c.at >= $from AND c.at < $to
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
RETURN p, a.id AS accountId, c {.from, .to, .at, .cause} AS change
ORDER BY c.at, p.name, p.id, c.seq
