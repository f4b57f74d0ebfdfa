// Deletes an organisation unless it has referrals and $cascade is false; with $cascade its REFERRED
// edges go too. Parameters: $id, $cascade (bool).
// Returns: referrals (int, its REFERRED edges), deleted (bool); no row when the id is unknown.
MATCH (n:Organization {id: $id})
WITH n, COUNT { (n)-[:REFERRED]-() } AS referrals
WITH n, referrals, referrals = 0 OR $cascade AS deleted
CALL (n, deleted) {
  WITH n WHERE deleted
  DETACH DELETE n
}
RETURN referrals, deleted
