// Refreshes the statistics of the indexes an import changed a lot, so that the queries planned right after
// an import see the new sizes. Parameters: none. Returns nothing.
CALL db.resampleOutdatedIndexes()
