package org.guanxi.stakeholder;

import org.guanxi.support.TestNeo4j;

/**
 * What the stakeholder writes can change, counted: tests take it before a refused request and compare after.
 *
 * @param nodes all nodes but users, tokens and the audit trail
 * @param relationships all relationships but those of users
 * @param reportingLines REPORTS_TO relationships
 * @param influenceWeight the sum of INFLUENCES weights, in thousandths
 */
record GraphCounts(long nodes, long relationships, long reportingLines, long influenceWeight) {

	static GraphCounts now() {
		return new GraphCounts(TestNeo4j.count("MATCH (n) WHERE NOT (n:User OR n:ApiToken OR n:AuditEntry) RETURN count(n)"),
				TestNeo4j.count("MATCH (a)-[r]->() WHERE NOT a:User RETURN count(r)"),
				TestNeo4j.count("MATCH ()-[r:REPORTS_TO]->() RETURN count(r)"),
				TestNeo4j.count("MATCH ()-[r:INFLUENCES]->() RETURN toInteger(round(sum(r.weight) * 1000))"));
	}

}
