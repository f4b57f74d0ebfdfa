// What hangs on an account. Parameters: $id. Returns: people, deals, referrals (ints).
MATCH (a:Account {id: $id})
RETURN COUNT { (:Person)-[:WORKS_AT]->(a) } AS people,
       COUNT { (:Deal)-[:FOR]->(a) } AS deals,
       COUNT { (a)-[:REFERRED]-() } AS referrals
