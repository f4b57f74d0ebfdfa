// Takes the import lock for $owner unless another import holds it and showed life after $staleBefore.
// Parameters: $owner (string), $now, $staleBefore (date-times). Returns: owner and startedAt of the lock in force
// (the owner is $owner when the lock was taken).
MERGE (l:ImportLock {id: 'import'})
  ON CREATE SET l.owner = $owner, l.startedAt = $now, l.heartbeatAt = $now
WITH l
FOREACH (_ IN CASE WHEN l.owner <> $owner AND l.heartbeatAt < $staleBefore THEN [1] ELSE [] END |
  SET l.owner = $owner, l.startedAt = $now, l.heartbeatAt = $now)
RETURN l.owner AS owner, l.startedAt AS startedAt
