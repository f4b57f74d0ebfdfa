// What hangs on a sales rep. Parameters: $id.
// Returns: logged (LOGGED interactions), owned (OWNS accounts), ties (KNOWS, either direction); no row when
// the rep does not exist.
MATCH (r:SalesRep {id: $id})
RETURN COUNT { (r)-[:LOGGED]->(:Interaction) } AS logged,
       COUNT { (r)-[:OWNS]->(:Account) } AS owned,
       COUNT { (r)-[:KNOWS]-() } AS ties
