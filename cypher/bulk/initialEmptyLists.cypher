// After a bulk initial load: the empty lists the create* queries store and Neo4j's bulk importer cannot write
// (it leaves an empty list out): a person's buyingRoles, an audit entry's ids and fields. Parameters: none.
// Returns nothing.
CALL () {
  MATCH (p:Person) WHERE p.buyingRoles IS NULL
  SET p.buyingRoles = []
}
CALL () {
  MATCH (e:AuditEntry) WHERE e.ids IS NULL OR e.fields IS NULL
  SET e.ids = coalesce(e.ids, []), e.fields = coalesce(e.fields, [])
}
