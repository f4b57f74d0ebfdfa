package org.guanxi.activity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.guanxi.graph.Cypher;
import org.guanxi.support.GraphQlErrors;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class InteractionGraphQlTests extends GraphQlTestBase {

	@Autowired
	private Cypher cypher;

	@BeforeEach
	void fixture() {
		TestNeo4j.load("fixtures/team-activity.cypher");
	}

	@Test
	void recordsWithDefaults() {
		this.clock.advance(Duration.ofMinutes(30));
		var recorded = record(Map.of("repId", "rep-li", "personId", "p-wang", "kind", "VISIT"));
		recorded.path("recordInteraction.name").entity(String.class).isEqualTo("VISIT with 王强");
		recorded.path("recordInteraction.kind").entity(String.class).isEqualTo("VISIT");
		recorded.path("recordInteraction.at").entity(String.class).isEqualTo("2026-11-23T10:30+08:00");
		recorded.path("recordInteraction.outcome").valueIsNull();
		recorded.path("recordInteraction.rep.name").entity(String.class).isEqualTo("Li Na 李娜");
		recorded.path("recordInteraction.person.name").entity(String.class).isEqualTo("王强");
		recorded.path("recordInteraction.person.title").entity(String.class).isEqualTo("车队经理");
		String id = recorded.path("recordInteraction.id").entity(String.class).get();
		assertThat(id).startsWith("int-");
		assertThat(TestNeo4j.count("""
				MATCH (:SalesRep {id: 'rep-li'})-[:LOGGED]->(i:Interaction {id: $id})-[:WITH]->(:Person {id: 'p-wang'})
				RETURN count(i)""", Map.of("id", id))).isEqualTo(1);
	}

	@Test
	void recordsGivenValuesThenUpdatesAndRelinks() {
		record(Map.of("id", "int-new", "repId", "rep-li", "personId", "p-wang", "kind", "CALL", "at",
				"2026-11-21T15:00:00", "outcome", "POSITIVE", "note", "约了下周试驾"))
			.path("recordInteraction.name")
			.entity(String.class)
			.isEqualTo("CALL with 王强")
			.path("recordInteraction.at")
			.entity(String.class)
			.isEqualTo("2026-11-21T15:00+08:00")
			.path("recordInteraction.note")
			.entity(String.class)
			.isEqualTo("约了下周试驾");

		var updated = record(Map.of("id", "int-new", "repId", "rep-zhao", "personId", "p-liu", "kind", "MEAL"));
		updated.path("recordInteraction.name").entity(String.class).isEqualTo("MEAL with 刘梅");
		updated.path("recordInteraction.kind").entity(String.class).isEqualTo("MEAL");
		updated.path("recordInteraction.at").entity(String.class).isEqualTo("2026-11-21T15:00+08:00");
		updated.path("recordInteraction.outcome").entity(String.class).isEqualTo("POSITIVE");
		updated.path("recordInteraction.note").entity(String.class).isEqualTo("约了下周试驾");
		updated.path("recordInteraction.rep.id").entity(String.class).isEqualTo("rep-zhao");
		updated.path("recordInteraction.person.id").entity(String.class).isEqualTo("p-liu");
		assertThat(TestNeo4j.count("MATCH (r)-[l:LOGGED]->(:Interaction {id: 'int-new'}) RETURN count(l)")).isEqualTo(1);
		assertThat(TestNeo4j.count("MATCH (:Interaction {id: 'int-new'})-[w:WITH]->(p) RETURN count(w)")).isEqualTo(1);
		assertThat(TestNeo4j.count("MATCH (i:Interaction {id: 'int-new'}) RETURN count(i)")).isEqualTo(1);

		record(Map.of("id", "int-new", "repId", "rep-zhao", "personId", "p-liu", "kind", "MEAL", "name", "年终答谢宴",
				"outcome", "NEUTRAL"))
			.path("recordInteraction.name")
			.entity(String.class)
			.isEqualTo("年终答谢宴");
		record(Map.of("id", "int-new", "repId", "rep-zhao", "personId", "p-wang", "kind", "GIFT"))
			.path("recordInteraction.name")
			.entity(String.class)
			.isEqualTo("年终答谢宴")
			.path("recordInteraction.outcome")
			.entity(String.class)
			.isEqualTo("NEUTRAL")
			.path("recordInteraction.person.name")
			.entity(String.class)
			.isEqualTo("王强");
	}

	@Test
	void rejectsUnknownIdsAndBlankNamesWithoutWriting() {
		assertError(record(Map.of("repId", "rep-x", "personId", "p-wang", "kind", "CALL")),
				ErrorType.NOT_FOUND, "Sales rep 'rep-x' does not exist");
		assertError(record(Map.of("repId", "rep-li", "personId", "p-x", "kind", "CALL")),
				ErrorType.NOT_FOUND, "Person 'p-x' does not exist");
		assertError(record(Map.of("repId", "rep-li", "personId", "p-wang", "kind", "CALL", "name", " ")),
				ErrorType.BAD_REQUEST, "name must not be blank");
		assertError(record(Map.of("id", "int-01", "repId", "rep-zhao", "personId", "p-x", "kind", "CALL")),
				ErrorType.NOT_FOUND, "'p-x'");
		this.graphQl.documentName("recordInteractionOfUnknownKind")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("LUNCH"));
		assertThat(TestNeo4j.count("MATCH (i:Interaction) RETURN count(i)")).isEqualTo(7);
		assertThat(TestNeo4j.count("MATCH ()-[l:LOGGED]->() RETURN count(l)")).isEqualTo(7);
		assertThat(TestNeo4j.count("MATCH (:SalesRep {id: 'rep-li'})-[:LOGGED]->(i:Interaction {id: 'int-01', kind: 'VISIT'}) RETURN count(i)"))
			.isEqualTo(1);
	}

	@Test
	void deletesAnInteraction() {
		delete("deleteInteraction", "int-03", null)
			.path("deleteInteraction.id")
			.entity(String.class)
			.isEqualTo("int-03")
			.path("deleteInteraction.removed")
			.entityList(String.class)
			.hasSize(0);
		assertThat(TestNeo4j.count("MATCH (i:Interaction) RETURN count(i)")).isEqualTo(6);
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-zhang'}) RETURN count(p)")).isEqualTo(1);
		assertError(delete("deleteInteraction", "int-03", null), ErrorType.NOT_FOUND,
				"Interaction 'int-03' does not exist");
	}

	@Test
	void pagesNewestFirstAcrossOffsetsAndTies() {
		assertPages(null, 3, List.of(List.of("int-05", "int-07", "int-04"), List.of("int-02", "int-03", "int-01"),
				List.of("int-06")));
		var first = page(null, 1, null);
		first.path("interactions.totalCount").entity(Integer.class).isEqualTo(7);
		first.path("interactions.edges[0].node.name").entity(String.class).isEqualTo("GIFT 张伟");
		first.path("interactions.edges[0].node.at").entity(String.class).isEqualTo("2026-11-20T18:30+08:00");
		first.path("interactions.edges[0].node.rep.name").entity(String.class).isEqualTo("Li Na 李娜");
		first.path("interactions.edges[0].node.person.name").entity(String.class).isEqualTo("张伟");
		first.path("interactions.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void filtersInteractions() {
		assertIds(Map.of("repId", "rep-li"), "int-05", "int-02", "int-01", "int-06");
		assertIds(Map.of("personId", "p-wang"), "int-04", "int-01", "int-06");
		assertIds(Map.of("accountId", "acc-hx"), "int-07", "int-04", "int-02", "int-01", "int-06");
		assertIds(Map.of("kind", List.of("VISIT", "MEAL")), "int-04", "int-03", "int-01");
		assertIds(Map.of("outcome", "POSITIVE"), "int-05", "int-03", "int-01");
		assertIds(Map.of("from", "2026-11-05T14:00:00+08:00", "to", "2026-11-10T11:30:00+08:00"), "int-04", "int-02",
				"int-03");
		assertIds(Map.of("from", "2026-11-10T03:30:00Z"), "int-05", "int-07");
		assertIds(Map.of("repId", "rep-zhao", "accountId", "acc-hx", "kind", List.of("CALL")), "int-07");
		assertIds(Map.of("repId", "rep-nope"));
	}

	@Test
	void pagesAFilteredList() {
		assertPages(Map.of("accountId", "acc-hx"), 2,
				List.of(List.of("int-07", "int-04"), List.of("int-02", "int-01"), List.of("int-06")));
		page(Map.of("accountId", "acc-hx"), 2, null).path("interactions.totalCount").entity(Integer.class).isEqualTo(5);
		this.graphQl.documentName("interactionsPage")
			.variable("after", "bm9wZR9ub3Bl")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).anySatisfy(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("not a cursor of the interaction list");
			}));
		this.graphQl.documentName("interactionsPage")
			.variable("first", 0)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).anySatisfy(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("first must be between 1 and 100");
			}));
	}

	@Test
	void personInteractionsNewestFirstBatchLoaded() {
		long before = this.cypher.issuedQueries();
		var result = this.graphQl.documentName("interactionsWithPersonHistory").variable("first", 2).execute();
		long forTwo = this.cypher.issuedQueries() - before;
		result.path("interactions.edges[0].node.person.id").entity(String.class).isEqualTo("p-zhang");
		result.path("interactions.edges[0].node.person.interactions[*].id").entityList(String.class)
			.containsExactly("int-05", "int-03");
		result.path("interactions.edges[1].node.person.id").entity(String.class).isEqualTo("p-liu");
		result.path("interactions.edges[1].node.person.all[*].id").entityList(String.class)
			.containsExactly("int-07", "int-02");

		before = this.cypher.issuedQueries();
		var all = this.graphQl.documentName("interactionsWithPersonHistory").variable("first", 7).execute();
		long forSeven = this.cypher.issuedQueries() - before;
		all.path("interactions.edges[6].node.person.all[*].id").entityList(String.class)
			.containsExactly("int-04", "int-01", "int-06");
		all.path("interactions.edges[6].node.person.interactions[*].id").entityList(String.class)
			.containsExactly("int-04", "int-01");
		// the page and its batches (the sign-in's own lookups are not counted)
		assertThat(forTwo).isEqualTo(5);
		assertThat(forSeven).isEqualTo(forTwo);
	}

	private void assertIds(Map<String, Object> filter, String... ids) {
		var result = page(filter, 20, null);
		result.path("interactions.edges[*].node.id").entityList(String.class).containsExactly(ids);
		result.path("interactions.totalCount").entity(Integer.class).isEqualTo(ids.length);
	}

	private void assertPages(Map<String, Object> filter, int size, List<List<String>> pages) {
		String after = null;
		for (int i = 0; i < pages.size(); i++) {
			var result = page(filter, size, after);
			result.path("interactions.edges[*].node.id").entityList(String.class).containsExactly(pages.get(i).toArray(String[]::new));
			result.path("interactions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(i < pages.size() - 1);
			result.path("interactions.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(i > 0);
			after = result.path("interactions.pageInfo.endCursor").entity(String.class).get();
		}
	}

	private GraphQlTester.Response page(Map<String, Object> filter, int first, String after) {
		return this.graphQl.documentName("interactionsPage")
			.variable("filter", filter)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

	private GraphQlTester.Response record(Map<String, Object> input) {
		return this.graphQl.documentName("recordInteraction").variable("input", input).execute();
	}

	private void assertError(GraphQlTester.Response response, ErrorType type, String... fragments) {
		GraphQlErrors.assertFails(response, type, fragments);
	}

}
