// The team of a rep, whose reps' accounts a manager linked to that rep sees. Parameters: $repId.
// Returns one row: team (string, null when the rep has no team or does not exist).
OPTIONAL MATCH (me:SalesRep {id: $repId})
RETURN me.team AS team
