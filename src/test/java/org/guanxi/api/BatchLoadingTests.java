package org.guanxi.api;

import java.util.List;

import org.guanxi.graph.Cypher;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested lists are batch-loaded: the number of Cypher queries of a page does not grow with the page size.
 */
class BatchLoadingTests extends GraphQlTestBase {

	@Autowired
	Cypher cypher;

	@BeforeEach
	void book() {
		TestNeo4j.run("""
				CREATE (r:SalesRep {id: 'rep-batch', name: 'Batch Rep'})
				WITH r
				UNWIND range(1, 60) AS n
				CREATE (a:Account {id: 'acc-' + right('00' + n, 3), name: 'Account ' + right('00' + n, 3), lifecycle: 'RETAINED'})
				WITH r, a
				UNWIND range(1, 2) AS k
				CREATE (p:Person {id: a.id + '-p' + k, name: a.name + ' person ' + k})-[:WORKS_AT]->(a)
				WITH r, p
				UNWIND range(1, 2) AS j
				CREATE (r)-[:LOGGED]->(:Interaction {id: p.id + '-i' + j, name: 'Visit', kind: 'VISIT',
				        at: datetime('2026-11-0' + j + 'T10:00:00+08:00')})-[:WITH]->(p)
				""");
	}

	@Test
	void accountsPeopleAndInteractionsCostTheSameForFiveAndFiftyAccounts() {
		long five = queriesFor(5);
		long fifty = queriesFor(50);
		assertThat(fifty).isEqualTo(five);
		assertThat(five).isLessThanOrEqualTo(3);
	}

	private long queriesFor(int first) {
		long before = this.cypher.issuedQueries();
		var response = this.graphQl.documentName("accountsPeopleInteractions").variable("first", first).execute();
		long issued = this.cypher.issuedQueries() - before;
		response.path("accounts.edges").entityList(Object.class).hasSize(first);
		List<String> people = response.path("accounts.edges[*].node.people[*].id").entityList(String.class).get();
		assertThat(people).hasSize(2 * first);
		response.path("accounts.edges[*].node.people[*].interactions[*].id")
			.entityList(String.class)
			.hasSize(4 * first);
		return issued;
	}

}
