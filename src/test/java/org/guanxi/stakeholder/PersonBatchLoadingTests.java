package org.guanxi.stakeholder;

import java.util.Map;

import org.guanxi.graph.Cypher;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people's navigation fields are batch-loaded: one query per field per request, whatever the page size.
 */
class PersonBatchLoadingTests extends GraphQlTestBase {

	@Autowired
	private Cypher cypher;

	@BeforeEach
	void twentyAccountsOfFivePeople() {
		TestNeo4j.run("""
				UNWIND range(1, 20) AS a
				CREATE (acc:Account {id: 'acc-' + a, name: 'Account ' + a, lifecycle: 'PROSPECT', signed: false, vip: false})
				WITH acc, a
				UNWIND range(1, 5) AS n
				CREATE (p:Person {id: 'p-' + a + '-' + n, name: '员工 ' + a + '-' + n, level: n, buyingRoles: ['USER'],
				                  decisionWeight: 0.2, insider: false})-[:WORKS_AT]->(acc)
				WITH a, n, p
				MATCH (boss:Person {id: 'p-' + a + '-1'})
				WHERE n > 1
				CREATE (p)-[:REPORTS_TO]->(boss), (p)-[:INFLUENCES {weight: 0.5}]->(boss)""");
	}

	@Test
	void queriesDoNotGrowWithThePageSize() {
		long small = queriesFor(5);
		long large = queriesFor(50);
		// the sign-in's own lookups are not counted
		assertThat(small).isEqualTo(7);
		assertThat(large).isEqualTo(small);
	}

	@Test
	void accountPeopleAreLoadedInOneQuery() {
		long before = this.cypher.issuedQueries();
		this.graphQl.documentName("accountsPeopleManagers").variable("first", 20)
			.execute()
			.path("accounts.edges[*].node.people[*].id")
			.entityList(String.class)
			.hasSize(100);
		// the page, the people, their managers
		assertThat(this.cypher.issuedQueries() - before).isEqualTo(3);
	}

	private long queriesFor(int first) {
		long before = this.cypher.issuedQueries();
		this.graphQl.documentName("peopleWithTies")
			.variables(Map.of("first", first))
			.execute()
			.path("people.edges[*].node.id")
			.entityList(String.class)
			.hasSize(first);
		return this.cypher.issuedQueries() - before;
	}

}
