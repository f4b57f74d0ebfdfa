// Every REFERRED edge of the book, for the whole-book ranking of referrers (topReferrers).
// Parameters: none. Returns per edge: from (element id), fromId, to (element id), at (date).
MATCH (s)-[r:REFERRED]->(t)
RETURN elementId(s) AS from, s.id AS fromId, elementId(t) AS to, r.at AS at
