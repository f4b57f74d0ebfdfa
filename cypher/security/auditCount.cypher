// How many audit entries match. Parameters: $from, $to (datetime or null), $username (or null).
// Returns: total (integer).
MATCH (e:AuditEntry)
WHERE ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
  AND ($username IS NULL OR e.username = $username)
RETURN count(e) AS total
