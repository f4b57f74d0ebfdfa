// Records a successful sign-in. Parameters: $username, $now (datetime). Returns: nothing.
MATCH (u:User {username: $username})
SET u.lastSignIn = $now
