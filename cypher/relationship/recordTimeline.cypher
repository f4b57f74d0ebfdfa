// Appends the changes time brought about (already worked out, with their own moments and causes) to each
// person's history, and marks the class recorded up to $now.
// Parameters: $people (list of {id, changes: list of {from, to, at, cause, causeKey, causeArgs}}), $now (datetime).
// Returns: personId, change {from, to, at, cause, causeKey, causeArgs} for each change appended.
UNWIND $people AS person
MATCH (p:Person {id: person.id})
SET p.relationshipCheckedAt = $now
WITH p, person, COUNT { (p)-[:HAD_CLASS]->() } AS recorded
UNWIND range(0, size(person.changes) - 1) AS k
WITH p, recorded, k, person.changes[k] AS change
CREATE (p)-[:HAD_CLASS]->(c:RelationshipChange {from: change.from, to: change.to, at: change.at,
                                                 cause: change.cause, causeKey: change.causeKey,
                                                 causeArgs: change.causeArgs, seq: recorded + k + 1})
SET p.relationshipClass = change.to, p.relationshipSince = change.at
RETURN p.id AS personId, c {.from, .to, .at, .cause, .causeKey, .causeArgs} AS change
