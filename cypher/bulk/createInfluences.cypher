// Creates INFLUENCES ties from bulk-import rows, used when the database held no node that imports name when the
// import started (every tie is new; ties are unique within the file). Parameters: $rows (list of {a: from person
// id, b: to person id, props: {weight}}). Returns: created, updated (row counts).
UNWIND $rows AS row
MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
CREATE (a)-[r:INFLUENCES]->(b)
SET r += row.props
RETURN count(*) AS created, sum(0) AS updated
