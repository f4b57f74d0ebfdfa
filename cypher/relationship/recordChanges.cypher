// Appends class changes to the history of people whose class differs from the class last recorded, and marks
// every person given as recorded up to $now. The person is locked first and the recorded class read after the
// lock, so concurrent writers never record twice.
// Parameters: $changes (list of {personId, to, cause, causeKey, causeArgs}), $now (datetime).
// Returns: personId, change {from, to, at, cause, causeKey, causeArgs} for each change recorded (none when
// already recorded).
UNWIND $changes AS change
MATCH (p:Person {id: change.personId})
SET p.relationshipCheckedAt = $now
WITH p, change
WITH p, change, coalesce(p.relationshipClass, 'OUTSIDER') AS recorded
WHERE recorded <> change.to
WITH p, change, recorded, COUNT { (p)-[:HAD_CLASS]->() } + 1 AS seq
CREATE (p)-[:HAD_CLASS]->(c:RelationshipChange {from: recorded, to: change.to, at: $now, cause: change.cause,
                                                 causeKey: change.causeKey, causeArgs: change.causeArgs, seq: seq})
SET p.relationshipClass = change.to, p.relationshipSince = $now
RETURN p.id AS personId, c {.from, .to, .at, .cause, .causeKey, .causeArgs} AS change
