// The shortest chain of referrals leading from one node to another, if any.
// Parameters: $from, $to (element ids of two different nodes).
// Returns: chain (list of {label, id, name}, from first); no row when $to cannot be reached from $from.
MATCH (from) WHERE elementId(from) = $from
MATCH (to) WHERE elementId(to) = $to
MATCH p = shortestPath((from)-[:REFERRED*1..]->(to))
RETURN [n IN nodes(p) | {label: labels(n)[0], id: n.id, name: n.name}] AS chain
