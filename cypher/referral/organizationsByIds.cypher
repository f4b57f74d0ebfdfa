// Organizations by id. Parameters: $ids (list of string). Returns: n (Organization node), in no particular order.
UNWIND $ids AS id
MATCH (n:Organization {id: id})
RETURN n
