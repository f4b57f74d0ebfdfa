package org.guanxi.stakeholder;

import java.util.Map;

import org.guanxi.support.GraphQlErrors;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporting lines and influence ties through GraphQL, and the rules that keep them sound.
 */
class PersonLinkGraphQlTests extends GraphQlTestBase {

	@BeforeEach
	void fixture() {
		TestNeo4j.load("fixtures/people.cypher");
	}

	@Test
	void linkReportsToSetsAndReplacesTheManager() {
		linkReportsTo("p-hu", "p-zhang").path("linkReportsTo.id")
			.entity(String.class)
			.isEqualTo("p-hu")
			.path("linkReportsTo.reportsTo.name")
			.entity(String.class)
			.isEqualTo("张伟 Zhang Wei");
		this.graphQl.documentName("personDetail").variable("id", "p-zhang")
			.execute()
			.path("person.directReports[*].id")
			.entityList(String.class)
			.containsExactly("p-ma", "p-hu");

		linkReportsTo("p-hu", "p-wang").path("linkReportsTo.reportsTo.id").entity(String.class).isEqualTo("p-wang");
		linkReportsTo("p-hu", "p-wang").path("linkReportsTo.reportsTo.id").entity(String.class).isEqualTo("p-wang");
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-hu'})-[r:REPORTS_TO]->(m) RETURN count(r)")).isEqualTo(1);
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-hu'})-[:REPORTS_TO]->(:Person {id: 'p-wang'}) RETURN count(*)"))
			.isEqualTo(1);
	}

	@Test
	void unlinkReportsToRemovesTheManager() {
		unlinkReportsTo("p-ma")
			.path("unlinkReportsTo.name")
			.entity(String.class)
			.isEqualTo("马东 Ma Dong")
			.path("unlinkReportsTo.reportsTo")
			.valueIsNull();
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-ma'})-[r:REPORTS_TO]->() RETURN count(r)")).isZero();
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-liu'})-[r:REPORTS_TO]->() RETURN count(r)")).isEqualTo(1);
		unlinkReportsTo("p-ma")
			.path("unlinkReportsTo.id")
			.entity(String.class)
			.isEqualTo("p-ma");
	}

	@Test
	void refusesToReportToSelf() {
		GraphCounts before = GraphCounts.now();
		expectError(linkReportsTo("p-ma", "p-ma"), ErrorType.BAD_REQUEST, "'p-ma' cannot report to themselves");
		assertThat(GraphCounts.now()).isEqualTo(before);
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-ma'})-[:REPORTS_TO]->(:Person {id: 'p-zhang'}) RETURN count(*)"))
			.isEqualTo(1);
	}

	@Test
	void refusesAReportingCycle() {
		GraphCounts before = GraphCounts.now();
		expectError(linkReportsTo("p-wang", "p-ma"), ErrorType.BAD_REQUEST,
				"Person 'p-wang' cannot report to 'p-ma'", "p-ma -> p-zhang -> p-wang", "reporting cycle");
		expectError(linkReportsTo("p-zhang", "p-ma"), ErrorType.BAD_REQUEST, "through p-ma -> p-zhang,");
		assertThat(GraphCounts.now()).isEqualTo(before);
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-wang'})-[r:REPORTS_TO]->() RETURN count(r)")).isZero();
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-zhang'})-[:REPORTS_TO]->(:Person {id: 'p-wang'}) RETURN count(*)"))
			.isEqualTo(1);
	}

	@Test
	void refusesAManagerInAnotherAccount() {
		GraphCounts before = GraphCounts.now();
		expectError(linkReportsTo("p-lin", "p-wang"), ErrorType.BAD_REQUEST,
				"Person 'p-lin' works at account 'acc-b' but manager 'p-wang' works at account 'acc-a'");
		assertThat(GraphCounts.now()).isEqualTo(before);
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-lin'})-[:REPORTS_TO]->(:Person {id: 'p-huang'}) RETURN count(*)"))
			.isEqualTo(1);
	}

	@Test
	void reportingLinksWithUnknownPeopleAreNotFound() {
		GraphCounts before = GraphCounts.now();
		expectError(linkReportsTo("p-ghost", "p-wang"), ErrorType.NOT_FOUND, "Person 'p-ghost' does not exist");
		expectError(linkReportsTo("p-hu", "p-ghost"), ErrorType.NOT_FOUND, "Person 'p-ghost' does not exist");
		expectError(unlinkReportsTo("p-ghost"),
				ErrorType.NOT_FOUND, "Person 'p-ghost' does not exist");
		assertThat(GraphCounts.now()).isEqualTo(before);
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-ghost'}) RETURN count(p)")).isZero();
	}

	@Test
	void linkInfluenceCreatesThenUpdatesTheWeight() {
		var created = linkInfluence("p-hu", "p-liu", 0.3);
		created.path("linkInfluence.id").entity(String.class).isEqualTo("p-hu");
		created.path("linkInfluence.influences[*].person.id").entityList(String.class).containsExactly("p-liu");
		created.path("linkInfluence.influences[0].weight").entity(Double.class).isEqualTo(0.3);

		linkInfluence("p-hu", "p-liu", 0.9).path("linkInfluence.influences[0].weight")
			.entity(Double.class)
			.isEqualTo(0.9);
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-hu'})-[i:INFLUENCES]->() RETURN count(i)")).isEqualTo(1);

		linkInfluence("p-hu", "p-wang", 1.0).path("linkInfluence.influences[*].person.id")
			.entityList(String.class)
			.containsExactly("p-wang", "p-liu");
		this.graphQl.documentName("personDetail").variable("id", "p-wang")
			.execute()
			.path("person.influencedBy[*].person.name")
			.entityList(String.class)
			.containsExactly("胡静 Hu Jing", "刘梅 Liu Mei", "张伟 Zhang Wei")
			.path("person.influencedBy[*].weight")
			.entityList(Double.class)
			.containsExactly(1.0, 0.7, 0.5);
	}

	@Test
	void unlinkInfluenceRemovesTheTie() {
		unlinkInfluence("p-liu", "p-wang")
			.path("unlinkInfluence.id")
			.entity(String.class)
			.isEqualTo("p-liu")
			.path("unlinkInfluence.influences")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(TestNeo4j.count("MATCH (:Person)-[i:INFLUENCES]->(:Person {id: 'p-wang'}) RETURN count(i)"))
			.isEqualTo(1);
	}

	@Test
	void refusesInfluenceWeightOutsideZeroToOne() {
		GraphCounts before = GraphCounts.now();
		expectError(linkInfluence("p-hu", "p-liu", 1.2), ErrorType.BAD_REQUEST, "weight must be between 0 and 1, got 1.2");
		expectError(linkInfluence("p-liu", "p-wang", -0.5), ErrorType.BAD_REQUEST,
				"weight must be between 0 and 1, got -0.5");
		assertThat(GraphCounts.now()).isEqualTo(before);
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-liu'})-[i:INFLUENCES {weight: 0.7}]->(:Person {id: 'p-wang'}) RETURN count(i)"))
			.isEqualTo(1);
	}

	@Test
	void refusesToInfluenceSelf() {
		GraphCounts before = GraphCounts.now();
		expectError(linkInfluence("p-wang", "p-wang", 0.5), ErrorType.BAD_REQUEST,
				"'p-wang' cannot influence themselves");
		assertThat(GraphCounts.now()).isEqualTo(before);
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-wang'})-[i:INFLUENCES]->(p) RETURN count(i)")).isZero();
	}

	@Test
	void influenceWithUnknownPeopleIsNotFound() {
		GraphCounts before = GraphCounts.now();
		expectError(linkInfluence("p-ghost", "p-wang", 0.5), ErrorType.NOT_FOUND, "Person 'p-ghost' does not exist");
		expectError(linkInfluence("p-wang", "p-ghost", 0.5), ErrorType.NOT_FOUND, "Person 'p-ghost' does not exist");
		expectError(unlinkInfluence("p-liu", "p-ghost"), ErrorType.NOT_FOUND, "Person 'p-ghost' does not exist");
		assertThat(GraphCounts.now()).isEqualTo(before);
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-ghost'}) RETURN count(p)")).isZero();
	}

	private GraphQlTester.Response linkReportsTo(String personId,
			String managerId) {
		return this.graphQl.documentName("linkReportsTo")
			.variable("personId", personId)
			.variable("managerId", managerId)
			.execute();
	}

	private GraphQlTester.Response linkInfluence(String fromId, String toId,
			double weight) {
		return this.graphQl.documentName("linkInfluence")
			.variables(Map.of("fromId", fromId, "toId", toId, "weight", weight))
			.execute();
	}

	private GraphQlTester.Response unlinkReportsTo(String personId) {
		return this.graphQl.documentName("unlinkReportsTo").variable("personId", personId).execute();
	}

	private GraphQlTester.Response unlinkInfluence(String fromId, String toId) {
		return this.graphQl.documentName("unlinkInfluence").variable("fromId", fromId).variable("toId", toId).execute();
	}

	private static void expectError(GraphQlTester.Response response,
			ErrorType type, String... fragments) {
		GraphQlErrors.assertFails(response, type, fragments);
	}

}
