// Creates or updates an account; sets prospectSince when the lifecycle becomes PROSPECT.
// Parameters: $id, $props (map of the given properties), $now (datetime). Returns: a.
MERGE (a:Account {id: $id})
ON CREATE SET a.createdAt = $now, a.lifecycle = 'POTENTIAL', a.signed = false, a.vip = false
WITH a, a.lifecycle AS before
SET a += $props
SET a.prospectSince = CASE
      WHEN $props.prospectSince IS NOT NULL THEN $props.prospectSince
      WHEN a.lifecycle = 'PROSPECT' AND (before <> 'PROSPECT' OR a.prospectSince IS NULL) THEN $now
      ELSE a.prospectSince END
RETURN a
