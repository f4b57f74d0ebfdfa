// Removes the person's reporting line (to their manager). Parameters: $personId. Returns: removed (int).
MATCH (:Person {id: $personId})-[r:REPORTS_TO]->(:Person)
DELETE r
RETURN count(r) AS removed
