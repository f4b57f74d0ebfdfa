// A deal for the cause of a class change. Parameters: $id. Returns: name, status, closedAt, amount.
MATCH (d:Deal {id: $id})
RETURN d.name AS name, d.status AS status, d.closedAt AS closedAt, d.amount AS amount
