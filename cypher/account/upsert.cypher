// Creates or updates an account; sets prospectSince when the lifecycle becomes PROSPECT.
// Parameters: $id, $props (map of the given properties), $now (datetime), $visibility, $owner (the id of the rep
// who owns a created account, or null: a REP's accounts are theirs).
// Returns: a; no row when the id is taken by an account the user may not see.
OPTIONAL MATCH (existing:Account {id: $id})
WITH existing WHERE existing IS NULL OR ($visibility.all OR EXISTS { (existing)<-[:OWNS]-(visibleOwner:SalesRep) WHERE visibleOwner.id IN $visibility.repIds OR visibleOwner.team IN $visibility.teams } OR ($visibility.unowned AND NOT EXISTS { (existing)<-[:OWNS]-(:SalesRep) }))
MERGE (a:Account {id: $id})
ON CREATE SET a.createdAt = $now, a.lifecycle = 'POTENTIAL', a.signed = false, a.vip = false
WITH a, existing, a.lifecycle AS before
OPTIONAL MATCH (owner:SalesRep {id: $owner}) WHERE existing IS NULL
FOREACH (rep IN CASE WHEN owner IS NULL THEN [] ELSE [owner] END | MERGE (rep)-[:OWNS]->(a))
WITH a, before
SET a += $props
SET a.prospectSince = CASE
      WHEN $props.prospectSince IS NOT NULL THEN $props.prospectSince
      WHEN a.lifecycle = 'PROSPECT' AND (before <> 'PROSPECT' OR a.prospectSince IS NULL) THEN $now
      ELSE a.prospectSince END
RETURN a
