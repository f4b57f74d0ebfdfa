// The reps of the team of a rep, the rep itself included. Parameters: $repId. Returns: ids (list of string).
OPTIONAL MATCH (me:SalesRep {id: $repId})
OPTIONAL MATCH (r:SalesRep)
WHERE me.team IS NOT NULL AND r.team = me.team
WITH me, collect(r.id) AS team
RETURN CASE WHEN me IS NULL THEN [] WHEN me.id IN team THEN team ELSE team + me.id END AS ids
