// All channels, by name then id. Parameters: none. Returns: n (Channel node).
MATCH (n:Channel)
RETURN n
ORDER BY n.name, n.id
