// Releases the import lock held by $owner. Parameters: $owner (string). Returns nothing.
MATCH (l:ImportLock {id: 'import', owner: $owner})
DELETE l
