// Serialises the writes of referrals, whose loop check spans the whole graph: takes the write lock of the one
// (:WriteLock {id: 'referrals'}) node until the transaction ends. Parameters: none. Returns nothing.
MERGE (l:WriteLock {id: 'referrals'})
SET l.guanxiLock = true
REMOVE l.guanxiLock
