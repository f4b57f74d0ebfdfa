// Channels by id. Parameters: $ids (list of string). Returns: n (Channel node), in no particular order.
UNWIND $ids AS id
MATCH (n:Channel {id: id})
RETURN n
