// An interaction for the cause of a class change. Parameters: $id. Returns: kind, at, outcome.
MATCH (i:Interaction {id: $id})
RETURN i.kind AS kind, i.at AS at, i.outcome AS outcome
