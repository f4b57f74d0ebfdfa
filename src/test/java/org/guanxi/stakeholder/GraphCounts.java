package org.guanxi.stakeholder;

import org.guanxi.support.TestNeo4j;

/**
 * What the stakeholder writes can change, counted: tests take it before a refused request and compare after.
 *
 * @param nodes all nodes
 * @param relationships all relationships
 * @param reportingLines REPORTS_TO relationships
 * @param influenceWeight the sum of INFLUENCES weights, in thousandths
 */
record GraphCounts(long nodes, long relationships, long reportingLines, long influenceWeight) {

	static GraphCounts now() {
		return new GraphCounts(TestNeo4j.count("MATCH (n) RETURN count(n)"),
				TestNeo4j.count("MATCH ()-[r]->() RETURN count(r)"),
				TestNeo4j.count("MATCH ()-[r:REPORTS_TO]->() RETURN count(r)"),
				TestNeo4j.count("MATCH ()-[r:INFLUENCES]->() RETURN toInteger(round(sum(r.weight) * 1000))"));
	}

}
