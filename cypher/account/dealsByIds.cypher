// Deals by id with their account id. Parameters: $ids. Returns: d (Deal node), accountId.
UNWIND $ids AS id
MATCH (d:Deal {id: id})-[:FOR]->(a:Account)
RETURN d, a.id AS accountId
