// Accounts by id. Parameters: $ids (list of string). Returns: a (Account node), in no particular order.
UNWIND $ids AS id
MATCH (a:Account {id: id})
RETURN a
