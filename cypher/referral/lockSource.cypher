// Takes the write lock of the organisation or channel with this id until the transaction ends, before its
// referrals are checked. Parameters: $id. Returns nothing.
OPTIONAL MATCH (o:Organization {id: $id})
OPTIONAL MATCH (c:Channel {id: $id})
WITH [x IN [o, c] WHERE x IS NOT NULL] AS nodes
UNWIND nodes AS n
SET n.guanxiLock = true
REMOVE n.guanxiLock
