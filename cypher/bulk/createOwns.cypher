// Creates OWNS ties (sales rep owns account) from bulk-import rows, used when the database held no node that
// imports name when the import started (every tie is new; ties are unique within the file).
// Parameters: $rows (list of {a: rep id, b: account id}). Returns: created, updated (row counts).
UNWIND $rows AS row
MATCH (r:SalesRep {id: row.a}), (acc:Account {id: row.b})
CREATE (r)-[:OWNS]->(acc)
RETURN count(*) AS created, sum(0) AS updated
