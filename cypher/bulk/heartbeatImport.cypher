// Shows that the import holding the lock is alive. Parameters: $owner (string), $now (date-time). Returns nothing.
MATCH (l:ImportLock {id: 'import', owner: $owner})
SET l.heartbeatAt = $now
