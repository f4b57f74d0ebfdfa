// Creates OWNS ties (sales rep owns account) from bulk-import rows. Parameters: $rows (list of {a: rep id,
// b: account id}). Returns: created, updated (row counts; updated is always 0).
UNWIND $rows AS row
MATCH (r:SalesRep {id: row.a}), (acc:Account {id: row.b})
WHERE NOT (r)-[:OWNS]->(acc)
MERGE (r)-[:OWNS]->(acc)
RETURN count(*) AS created, sum(0) AS updated
