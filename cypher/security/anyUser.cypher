// Whether any user exists. Parameters: none. Returns: exists (boolean).
RETURN EXISTS { MATCH (:User) } AS exists
