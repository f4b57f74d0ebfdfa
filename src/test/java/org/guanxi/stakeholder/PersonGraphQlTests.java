package org.guanxi.stakeholder;

import java.util.HashMap;
import java.util.List;
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
 * People through GraphQL: reading one, listing, an account's people, upserts and deletes.
 */
class PersonGraphQlTests extends GraphQlTestBase {

	@BeforeEach
	void fixture() {
		TestNeo4j.load("fixtures/people.cypher");
	}

	@Test
	void readsAPersonWithAccountManagerReportsAndInfluence() {
		var zhang = this.graphQl.documentName("personDetail").variable("id", "p-zhang").execute();
		zhang.path("person.name").entity(String.class).isEqualTo("张伟 Zhang Wei");
		zhang.path("person.title").entity(String.class).isEqualTo("车队经理 Fleet Manager");
		zhang.path("person.level").entity(Integer.class).isEqualTo(2);
		zhang.path("person.buyingRoles").entityList(String.class).containsExactly("USER", "EVALUATOR");
		zhang.path("person.decisionWeight").entity(Double.class).isEqualTo(0.1);
		zhang.path("person.insider").entity(Boolean.class).isEqualTo(false);
		zhang.path("person.account.name").entity(String.class).isEqualTo("Alpha Logistics");
		zhang.path("person.reportsTo.id").entity(String.class).isEqualTo("p-wang");
		zhang.path("person.directReports[*].id").entityList(String.class).containsExactly("p-ma");
		zhang.path("person.influences[*].person.id").entityList(String.class).containsExactly("p-wang");
		zhang.path("person.influences[0].weight").entity(Double.class).isEqualTo(0.5);
		zhang.path("person.influencedBy[*].person.name").entityList(String.class).containsExactly("马东 Ma Dong");
		zhang.path("person.influencedBy[0].weight").entity(Double.class).isEqualTo(0.4);

		var wang = this.graphQl.documentName("personDetail").variable("id", "p-wang").execute();
		wang.path("person.reportsTo").valueIsNull();
		wang.path("person.age").entity(Integer.class).isEqualTo(52);
		wang.path("person.createdAt").entity(String.class).isEqualTo("2026-01-05T09:00+08:00");
		wang.path("person.directReports[*].id").entityList(String.class).containsExactly("p-liu", "p-zhang");
		wang.path("person.influences").entityList(Object.class).hasSize(0);
		wang.path("person.influencedBy[*].person.id").entityList(String.class).containsExactly("p-liu", "p-zhang");
		wang.path("person.influencedBy[*].weight").entityList(Double.class).containsExactly(0.7, 0.5);
	}

	@Test
	void unknownPersonIsNotFound() {
		this.graphQl.documentName("personDetail").variable("id", "p-nobody").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
			assertThat(errors.get(0).getMessage()).contains("Person 'p-nobody' does not exist");
		});
	}

	@Test
	void accountPeopleAreOrderedByLevelThenNameWithoutLevelLast() {
		this.graphQl.documentName("accountsWithPeople")
			.execute()
			.path("accounts.edges[0].node.people[*].id")
			.entityList(String.class)
			.containsExactly("p-wang", "p-liu", "p-zhang", "p-ma", "p-hu")
			.path("accounts.edges[1].node.people[*].id")
			.entityList(String.class)
			.containsExactly("p-huang", "p-lin");
	}

	@Test
	void pagesPeopleByName() {
		// Names sort by code point: 刘 U+5218, 张 U+5F20, 林 U+6797, 王 U+738B, 胡 U+80E1, 马 U+9A6C, 黄 U+9EC4.
		var first = this.graphQl.documentName("peoplePage").variable("first", 3).execute();
		first.path("people.totalCount").entity(Integer.class).isEqualTo(7);
		first.path("people.edges[*].node.id").entityList(String.class).containsExactly("p-liu", "p-zhang", "p-lin");
		first.path("people.edges[2].node.account.id").entity(String.class).isEqualTo("acc-b");
		first.path("people.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("people.pageInfo.endCursor").entity(String.class).get();

		var second = this.graphQl.documentName("peoplePage").variable("first", 3).variable("after", cursor).execute();
		second.path("people.edges[*].node.id").entityList(String.class).containsExactly("p-wang", "p-hu", "p-ma");
		second.path("people.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		String next = second.path("people.pageInfo.endCursor").entity(String.class).get();

		var last = this.graphQl.documentName("peoplePage").variable("first", 3).variable("after", next).execute();
		last.path("people.edges[*].node.id").entityList(String.class).containsExactly("p-huang");
		last.path("people.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void filtersPeople() {
		assertThat(peopleIds(Map.of("nameContains", "MA DONG"))).containsExactly("p-ma");
		assertThat(peopleIds(Map.of("nameContains", "王"))).containsExactly("p-wang");
		assertThat(peopleIds(Map.of("accountId", "acc-b"))).containsExactly("p-lin", "p-huang");
		assertThat(peopleIds(Map.of("buyingRole", "DECIDER"))).containsExactly("p-wang", "p-huang");
		assertThat(peopleIds(Map.of("insider", true))).containsExactly("p-hu", "p-ma");
		assertThat(peopleIds(Map.of("insider", false, "accountId", "acc-a", "buyingRole", "USER")))
			.containsExactly("p-zhang");
		assertThat(peopleIds(Map.of("accountId", "acc-none"))).isEmpty();
	}

	@Test
	void upsertCreatesWithDefaults() {
		var created = upsert(Map.of("id", "p-sun", "name", "孙丽 Sun Li", "accountId", "acc-a"));
		created.path("upsertPerson.id").entity(String.class).isEqualTo("p-sun");
		created.path("upsertPerson.buyingRoles").entityList(String.class).hasSize(0);
		created.path("upsertPerson.decisionWeight").entity(Double.class).isEqualTo(0.0);
		created.path("upsertPerson.insider").entity(Boolean.class).isEqualTo(false);
		created.path("upsertPerson.createdAt").entity(String.class).isEqualTo("2026-11-23T10:00+08:00");
		created.path("upsertPerson.account.id").entity(String.class).isEqualTo("acc-a");
		created.path("upsertPerson.level").valueIsNull();
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-sun'})-[:WORKS_AT]->(:Account {id: 'acc-a'}) RETURN count(*)"))
			.isEqualTo(1);
	}

	@Test
	void upsertWithoutIdGeneratesOne() {
		String id = upsert(Map.of("name", "周军 Zhou Jun", "accountId", "acc-b", "level", 3)).path("upsertPerson.id")
			.entity(String.class)
			.get();
		assertThat(id).startsWith("p-");
		assertThat(TestNeo4j.count("MATCH (p:Person {id: $id, name: '周军 Zhou Jun', level: 3}) RETURN count(p)",
				Map.of("id", id)))
			.isEqualTo(1);
	}

	@Test
	void upsertUpdatesOnlyGivenFieldsAndReplacesBuyingRoles() {
		Map<String, Object> input = new HashMap<>();
		input.put("id", "p-zhang");
		input.put("title", "副总经理 Deputy GM");
		input.put("level", 1);
		input.put("buyingRoles", List.of("DECIDER", "INFLUENCER", "DECIDER"));
		input.put("decisionWeight", 0.35);
		input.put("insider", true);
		input.put("age", 42);
		input.put("phone", "13800010003");
		var updated = upsert(input);
		updated.path("upsertPerson.title").entity(String.class).isEqualTo("副总经理 Deputy GM");
		updated.path("upsertPerson.level").entity(Integer.class).isEqualTo(1);
		updated.path("upsertPerson.buyingRoles").entityList(String.class).containsExactly("DECIDER", "INFLUENCER");
		updated.path("upsertPerson.decisionWeight").entity(Double.class).isEqualTo(0.35);
		updated.path("upsertPerson.insider").entity(Boolean.class).isEqualTo(true);
		updated.path("upsertPerson.age").entity(Integer.class).isEqualTo(42);
		updated.path("upsertPerson.phone").entity(String.class).isEqualTo("13800010003");
		updated.path("upsertPerson.name").entity(String.class).isEqualTo("张伟 Zhang Wei");
		updated.path("upsertPerson.account.id").entity(String.class).isEqualTo("acc-a");
		updated.path("upsertPerson.reportsTo.id").entity(String.class).isEqualTo("p-wang");
		updated.path("upsertPerson.createdAt").valueIsNull();

		var renamed = upsert(Map.of("id", "p-zhang", "name", "  张伟 Zhang Wei (老张) "));
		renamed.path("upsertPerson.name").entity(String.class).isEqualTo("张伟 Zhang Wei (老张)");
		renamed.path("upsertPerson.title").entity(String.class).isEqualTo("副总经理 Deputy GM");
		renamed.path("upsertPerson.buyingRoles").entityList(String.class).containsExactly("DECIDER", "INFLUENCER");
	}

	@Test
	void upsertMovesAPersonWithoutReportingLinesToAnotherAccount() {
		upsert(Map.of("id", "p-hu", "accountId", "acc-b")).path("upsertPerson.account.id")
			.entity(String.class)
			.isEqualTo("acc-b");
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-hu'})-[:WORKS_AT]->(a:Account) RETURN count(a)")).isEqualTo(1);
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-hu'})-[:WORKS_AT]->(:Account {id: 'acc-b'}) RETURN count(*)"))
			.isEqualTo(1);
		upsert(Map.of("id", "p-hu", "accountId", "acc-b")).path("upsertPerson.account.id")
			.entity(String.class)
			.isEqualTo("acc-b");
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-hu'})-[w:WORKS_AT]->() RETURN count(w)")).isEqualTo(1);
	}

	@Test
	void refusesToMoveAPersonWithReportingLines() {
		GraphCounts before = GraphCounts.now();
		expectError(Map.of("id", "p-ma", "accountId", "acc-b", "title", "Dispatcher"), ErrorType.BAD_REQUEST,
				"Person 'p-ma' has reporting lines in account 'acc-a'", "unlink first");
		expectError(Map.of("id", "p-wang", "accountId", "acc-b"), ErrorType.BAD_REQUEST, "2 direct report(s)",
				"unlink first");
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-ma'})-[:WORKS_AT]->(:Account {id: 'acc-a'}) RETURN count(*)"))
			.isEqualTo(1);
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-ma'}) WHERE p.title = 'Dispatcher' RETURN count(p)")).isZero();
		assertThat(GraphCounts.now()).isEqualTo(before);
	}

	@Test
	void createNeedsNameAndAnExistingAccount() {
		GraphCounts before = GraphCounts.now();
		expectError(Map.of("id", "p-new", "accountId", "acc-a"), ErrorType.BAD_REQUEST, "name is required",
				"'p-new'");
		expectError(Map.of("id", "p-new", "name", "新人 New"), ErrorType.BAD_REQUEST, "accountId is required");
		expectError(Map.of("id", "p-new", "name", "新人 New", "accountId", "acc-nope"), ErrorType.NOT_FOUND,
				"Account 'acc-nope' does not exist");
		expectError(Map.of("id", "p-liu", "accountId", "acc-nope"), ErrorType.NOT_FOUND,
				"Account 'acc-nope' does not exist");
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-new'}) RETURN count(p)")).isZero();
		assertThat(TestNeo4j.count("MATCH (p:Person) RETURN count(p)")).isEqualTo(7);
		assertThat(GraphCounts.now()).isEqualTo(before);
	}

	@Test
	void refusesBlankNames() {
		GraphCounts before = GraphCounts.now();
		expectError(Map.of("id", "p-new", "name", "   ", "accountId", "acc-a"), ErrorType.BAD_REQUEST,
				"name must not be blank");
		expectError(Map.of("id", "p-liu", "name", ""), ErrorType.BAD_REQUEST, "name must not be blank");
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-new'}) RETURN count(p)")).isZero();
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-liu', name: '刘梅 Liu Mei'}) RETURN count(p)")).isEqualTo(1);
		assertThat(GraphCounts.now()).isEqualTo(before);
	}

	@Test
	void refusesDecisionWeightOutsideZeroToOne() {
		GraphCounts before = GraphCounts.now();
		expectError(Map.of("id", "p-liu", "decisionWeight", 1.5), ErrorType.BAD_REQUEST,
				"decisionWeight must be between 0 and 1, got 1.5");
		expectError(Map.of("id", "p-new", "name", "新人 New", "accountId", "acc-a", "decisionWeight", -0.1),
				ErrorType.BAD_REQUEST, "decisionWeight must be between 0 and 1, got -0.1");
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-liu', decisionWeight: 0.3}) RETURN count(p)")).isEqualTo(1);
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-new'}) RETURN count(p)")).isZero();
		assertThat(GraphCounts.now()).isEqualTo(before);
	}

	@Test
	void refusesLevelBelowOneAndNegativeAge() {
		GraphCounts before = GraphCounts.now();
		expectError(Map.of("id", "p-liu", "level", 0), ErrorType.BAD_REQUEST, "level must be 1 or more, got 0");
		expectError(Map.of("id", "p-liu", "age", -3), ErrorType.BAD_REQUEST, "age must not be negative, got -3");
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-liu', level: 2}) WHERE p.age IS NULL RETURN count(p)"))
			.isEqualTo(1);
		assertThat(GraphCounts.now()).isEqualTo(before);
	}

	@Test
	void refusesUnknownBuyingRole() {
		GraphCounts before = GraphCounts.now();
		this.graphQl.documentName("upsertPersonWithUnknownBuyingRole")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("BOSS")
					.contains("Allowed values of BuyingRole: GATEKEEPER, USER, BUYER, DECIDER, INFLUENCER, EVALUATOR");
			});
		this.graphQl.documentName("peopleWithUnknownBuyingRole")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("CHIEF");
			});
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-new'}) RETURN count(p)")).isZero();
		assertThat(GraphCounts.now()).isEqualTo(before);
	}

	@Test
	void deleteRemovesThePersonAndTheirTies() {
		delete("deletePerson", "p-zhang", null)
			.path("deletePerson.id")
			.entity(String.class)
			.isEqualTo("p-zhang")
			.path("deletePerson.removed")
			.entityList(String.class)
			.containsExactly("2 reporting line(s)", "2 influence tie(s)");
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-zhang'}) RETURN count(p)")).isZero();
		assertThat(TestNeo4j.count("MATCH (:Person {id: 'p-ma'})-[r:REPORTS_TO]->() RETURN count(r)")).isZero();
		assertThat(TestNeo4j.count("MATCH (a:Account {id: 'acc-a'}) RETURN count(a)")).isEqualTo(1);
	}

	@Test
	void deleteRefusesInteractionsAndReferralsUnlessCascade() {
		GraphCounts before = GraphCounts.now();
		delete("deletePerson", "p-ma", null).errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(errors.get(0).getMessage()).contains("Person 'p-ma' still has 2 interaction(s)")
				.contains("cascade: true");
		});
		delete("deletePerson", "p-hu", null)
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("still has 1 referral(s)"));
		assertThat(GraphCounts.now()).isEqualTo(before);

		delete("deletePerson", "p-ma", true)
			.path("deletePerson.removed")
			.entityList(String.class)
			.containsExactly("2 interaction(s)", "1 reporting line(s)", "1 influence tie(s)", "1 social tie(s)");
		assertThat(TestNeo4j.count("MATCH (n) WHERE n.id IN ['p-ma', 'i-1', 'i-2'] RETURN count(n)")).isZero();
		assertThat(TestNeo4j.count("MATCH (r:SalesRep {id: 'rep-1'}) RETURN count(r)")).isEqualTo(1);

		delete("deletePerson", "p-hu", true)
			.path("deletePerson.removed")
			.entityList(String.class)
			.containsExactly("1 referral(s)");
		assertThat(TestNeo4j.count("MATCH ()-[r:REFERRED]->() RETURN count(r)")).isZero();
		assertThat(TestNeo4j.count("MATCH (a:Account {id: 'acc-b'}) RETURN count(a)")).isEqualTo(1);
	}

	@Test
	void deleteUnknownPersonIsNotFound() {
		GraphCounts before = GraphCounts.now();
		delete("deletePerson", "p-ghost", true)
			.errors()
			.satisfy(errors -> {
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(errors.get(0).getMessage()).contains("Person 'p-ghost'");
			});
		assertThat(GraphCounts.now()).isEqualTo(before);
	}

	private List<String> peopleIds(Map<String, Object> filter) {
		return this.graphQl.documentName("peoplePage")
			.variable("filter", filter)
			.execute()
			.path("people.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private GraphQlTester.Response upsert(Map<String, Object> input) {
		return this.graphQl.documentName("upsertPerson").variable("input", input).execute();
	}

	private void expectError(Map<String, Object> input, ErrorType type, String... fragments) {
		GraphQlErrors.assertFails(upsert(input), type, fragments);
	}

}
