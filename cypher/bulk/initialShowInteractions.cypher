// After a bulk initial load: gives the POSITIVE interactions held back from the class history their label
// :Interaction. Run outside a transaction (it commits in batches). Parameters: none. Returns nothing.
MATCH (i:ImportPendingInteraction)
CALL (i) {
  SET i:Interaction
  REMOVE i:ImportPendingInteraction
} IN TRANSACTIONS OF 20000 ROWS
