// After a bulk initial load: the people whose class the write of people.csv changed (those of signed accounts:
// interactions and WON deals are not seen yet). Parameters: none. Returns: id.
MATCH (p:Person)-[:WORKS_AT]->(a:Account)
WHERE a.signed
RETURN p.id AS id
