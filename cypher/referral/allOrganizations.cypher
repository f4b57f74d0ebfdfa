// All organizations, by name then id. Parameters: none. Returns: n (Organization node).
MATCH (n:Organization)
RETURN n
ORDER BY n.name, n.id
