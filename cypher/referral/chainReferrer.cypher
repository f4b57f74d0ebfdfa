// The preferred referrer of one node: its incoming REFERRED edge with the earliest date (an edge without
// date after all dated ones), ties by source id, then by element id. One step of a referral chain.
// Parameters: $ref (element id of the node).
// Returns: ref, labels, node, accountId of the source (as in chainNode), at (date), note; no row if none.
MATCH (t) WHERE elementId(t) = $ref
MATCH (s)-[r:REFERRED]->(t)
WITH s, r ORDER BY r.at ASC, s.id ASC, elementId(s) ASC LIMIT 1
OPTIONAL MATCH (s)-[:WORKS_AT]->(acc:Account)
RETURN elementId(s) AS ref, labels(s) AS labels, s AS node, acc.id AS accountId, r.at AS at, r.note AS note
