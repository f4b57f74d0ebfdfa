// Benchmark data for DecisionChainBenchmark (not used by the tests).
// Parameters: $people (size of the bench account), $influences (random INFLUENCES ties inside it),
// $interactions (POSITIVE interactions with its people), $now (datetime),
// $socialPeople (people of the social graph), $knowsPerPerson (KNOWS ties each of them starts),
// $reps (sales reps), $repTies (KNOWS ties each rep starts).
// The account: a 4-ary reporting tree (person i reports to (i - 1) / 4), levels by depth.
CREATE (:Account {id: 'bench-acc', name: 'Bench Account', signed: false, vip: false, lifecycle: 'PROSPECT'});
MATCH (a:Account {id: 'bench-acc'})
UNWIND range(0, $people - 1) AS i
CREATE (:Person {id: 'b-' + i, name: 'Bench ' + i,
                 level: toInteger(floor(log(3 * i + 1) / log(4) + 1e-9)) + 1,
                 buyingRoles: CASE WHEN i < 3 THEN ['DECIDER'] ELSE [['GATEKEEPER', 'USER', 'BUYER', 'INFLUENCER', 'EVALUATOR'][i % 5]] END,
                 decisionWeight: round(rand() * 100) / 100.0, insider: rand() < 0.03,
                 organisationInterestAssessed: CASE WHEN rand() < 0.2 THEN true ELSE null END})-[:WORKS_AT]->(a);
UNWIND range(1, $people - 1) AS i
MATCH (p:Person {id: 'b-' + i}), (m:Person {id: 'b-' + ((i - 1) / 4)})
CREATE (p)-[:REPORTS_TO]->(m);
UNWIND range(1, $influences) AS k
WITH toInteger(rand() * $people) AS u, toInteger(rand() * $people) AS v
MATCH (a:Person {id: 'b-' + u}), (b:Person {id: 'b-' + v})
CREATE (a)-[:INFLUENCES {weight: round(rand() * 100) / 100.0}]->(b);
UNWIND range(1, $interactions) AS k
WITH k, toInteger(rand() * $people) AS i
MATCH (p:Person {id: 'b-' + i})
CREATE (:Interaction {id: 'bench-i-' + k, name: 'Bench interaction', kind: ['MEAL', 'VISIT', 'GIFT', 'CALL'][k % 4],
                      outcome: 'POSITIVE', at: $now - duration({days: k % 300})})-[:WITH]->(p);
// The social graph: people outside the account, each starting $knowsPerPerson ties to random others.
UNWIND range(0, $socialPeople - 1) AS i
CALL (i) {
  CREATE (:Person {id: 's-' + i, name: 'Social ' + i, decisionWeight: 0.0, insider: false, buyingRoles: []})
} IN TRANSACTIONS OF 20000 ROWS;
UNWIND range(0, $socialPeople * $knowsPerPerson - 1) AS k
CALL (k) {
  WITH k % $socialPeople AS a, toInteger(rand() * $socialPeople) AS b
  MATCH (u:Person {id: 's-' + a}), (v:Person {id: 's-' + b})
  WHERE a <> b
  CREATE (u)-[:KNOWS {strength: round(rand() * 100) / 100.0}]->(v)
} IN TRANSACTIONS OF 20000 ROWS;
UNWIND range(0, $reps - 1) AS r
CREATE (:SalesRep {id: 'bench-rep-' + r, name: 'Bench rep ' + r, team: 'Bench'});
UNWIND range(0, $reps * $repTies - 1) AS k
WITH k % $reps AS n, toInteger(rand() * $socialPeople) AS i
MATCH (r:SalesRep {id: 'bench-rep-' + n}), (p:Person {id: 's-' + i})
CREATE (r)-[:KNOWS {strength: round(rand() * 100) / 100.0}]->(p);
