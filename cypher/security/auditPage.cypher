// One page of the audit trail, newest first (then by id, descending), within [$from, $to) and for one user when
// given. Parameters: $from, $to (datetime or null), $username (or null), $afterAt (datetime or null),
// $afterId, $limit. Returns: e (AuditEntry node).
MATCH (e:AuditEntry)
WHERE ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
  AND ($username IS NULL OR e.username = $username)
  AND ($afterAt IS NULL OR e.at < $afterAt OR (e.at = $afterAt AND e.id < $afterId))
RETURN e
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
