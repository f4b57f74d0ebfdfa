// The outgoing REFERRED edges of a level of a referral tree, with what the targets are worth.
// Parameters: $refs (element ids of the level's nodes).
// Returns per edge: from (element id), fromId, to (element id), at (date), labels, node, accountId (for a
// person target), revenue (the target's WON deal amounts summed; 0 for persons).
UNWIND $refs AS ref
MATCH (s) WHERE elementId(s) = ref
MATCH (s)-[r:REFERRED]->(t)
OPTIONAL MATCH (t)-[:WORKS_AT]->(acc:Account)
RETURN ref AS from, s.id AS fromId, elementId(t) AS to, r.at AS at, labels(t) AS labels, t AS node,
       acc.id AS accountId,
       CASE WHEN t:Account
         THEN reduce(x = 0.0, d IN COLLECT { MATCH (d:Deal)-[:FOR]->(t) RETURN d } | x + CASE WHEN d.status = 'WON' THEN coalesce(d.amount, 0.0) ELSE 0.0 END)
         ELSE 0.0 END AS revenue
