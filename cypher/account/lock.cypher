// Takes the write lock of the Account with this id until the transaction ends, before its dependents are
// checked: a tie to it being written at the same time is then either seen or waits. Parameters: $id. Returns
// nothing.
MATCH (n:Account {id: $id})
SET n.guanxiLock = true
REMOVE n.guanxiLock
