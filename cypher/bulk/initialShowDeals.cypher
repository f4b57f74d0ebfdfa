// After a bulk initial load: gives the WON deals held back from the class history their label :Deal. Run outside
// a transaction (it commits in batches). Parameters: none. Returns nothing.
MATCH (d:ImportPendingDeal)
CALL (d) {
  SET d:Deal
  REMOVE d:ImportPendingDeal
} IN TRANSACTIONS OF 20000 ROWS
