// One import at a time: the lock node of a running import is unique.
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (l:ImportLock) REQUIRE l.id IS UNIQUE;
// Writes whose rules span the whole graph (a referral must not close a loop) take the lock node of their kind.
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.id IS UNIQUE;
