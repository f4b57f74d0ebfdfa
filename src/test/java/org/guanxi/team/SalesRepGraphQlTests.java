package org.guanxi.team;

import java.util.Map;

import org.guanxi.support.GraphQlErrors;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class SalesRepGraphQlTests extends GraphQlTestBase {

	@BeforeEach
	void fixture() {
		TestNeo4j.load("fixtures/team-activity.cypher");
	}

	@Test
	void pagesRepsByNameWithFirstAndOffset() {
		this.graphQl.document("{ salesReps(first: 2) { id } }").execute()
			.path("salesReps[*].id").entityList(String.class).containsExactly("rep-chen", "rep-li");
		this.graphQl.document("{ salesReps(first: 2, offset: 2) { id } }").execute()
			.path("salesReps[*].id").entityList(String.class).containsExactly("rep-zhao");
		this.graphQl.document("{ salesReps(offset: 1) { id } }").execute()
			.path("salesReps[*].id").entityList(String.class).containsExactly("rep-li", "rep-zhao");
		this.graphQl.document("{ salesReps(offset: 3) { id } }").execute()
			.path("salesReps").entityList(Object.class).hasSize(0);
		GraphQlErrors.assertFails(this.graphQl.document("{ salesReps(first: 0) { id } }").execute(),
				ErrorType.BAD_REQUEST, "first must be 1 or more, got 0.");
		GraphQlErrors.assertFails(this.graphQl.document("{ salesReps(offset: -1) { id } }").execute(),
				ErrorType.BAD_REQUEST, "offset must be 0 or more, got -1.");
	}

	@Test
	void listsRepsByNameWithAccountsAndTies() {
		var reps = this.graphQl.documentName("salesReps").execute();
		reps.path("salesReps[*].id").entityList(String.class).containsExactly("rep-chen", "rep-li", "rep-zhao");
		reps.path("salesReps[1].name").entity(String.class).isEqualTo("Li Na 李娜");
		reps.path("salesReps[1].team").entity(String.class).isEqualTo("Fleet East");
		reps.path("salesReps[1].email").entity(String.class).isEqualTo("li.na@example.com");
		reps.path("salesReps[1].accounts[*].id").entityList(String.class).containsExactly("acc-dx", "acc-hx");
		reps.path("salesReps[1].knows").entityList(Map.class).hasSize(1);
		reps.path("salesReps[1].knows[0].other.__typename").entity(String.class).isEqualTo("Person");
		reps.path("salesReps[1].knows[0].other.name").entity(String.class).isEqualTo("王强");
		reps.path("salesReps[1].knows[0].strength").entity(Double.class).isEqualTo(0.8);
		reps.path("salesReps[1].knows[0].since").entity(String.class).isEqualTo("2024-01-01");
		reps.path("salesReps[1].knows[0].outgoing").entity(Boolean.class).isEqualTo(true);
		reps.path("salesReps[0].accounts").entityList(Object.class).hasSize(0);
		reps.path("salesReps[0].knows").entityList(Object.class).hasSize(0);
		reps.path("salesReps[2].accounts[*].id").entityList(String.class).containsExactly("acc-dx");
		// the owners of a rep's account in a request of its own: reps x accounts x owners exceeds the cost budget
		accountOwners("acc-dx")
			.path("account.owners[*].id")
			.entityList(String.class)
			.containsExactly("rep-li", "rep-zhao");
	}

	@Test
	void oneRepAndUnknownRep() {
		salesRep("rep-zhao")
			.path("salesRep.name")
			.entity(String.class)
			.isEqualTo("赵磊")
			.path("salesRep.team")
			.entity(String.class)
			.isEqualTo("Fleet West");
		salesRep("rep-nope").errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
			assertThat(errors.get(0).getMessage()).contains("Sales rep 'rep-nope' does not exist");
		});
	}

	@Test
	void accountOwnersByName() {
		accountOwners("acc-dx")
			.path("account.owners[*].name")
			.entityList(String.class)
			.containsExactly("Li Na 李娜", "赵磊");
	}

	@Test
	void personTiesInBothDirections() {
		var result = this.graphQl.documentName("salesRepContactTies")
			.fragmentName("knowsTie")
			.variable("id", "rep-li")
			.execute();
		String ties = "salesRep.knows[0].other.knows";
		result.path(ties + "[*].other.id").entityList(String.class).containsExactly("p-zhang", "rep-li", "p-liu");
		result.path(ties + "[*].other.__typename").entityList(String.class).containsExactly("Person", "SalesRep", "Person");
		result.path(ties + "[*].strength").entityList(Double.class).containsExactly(0.9, 0.8, 0.6);
		result.path(ties + "[*].outgoing").entityList(Boolean.class).containsExactly(false, false, true);
		result.path(ties + "[0].since").valueIsNull();
		result.path(ties + "[2].since").entity(String.class).isEqualTo("2020-05-01");
		result.path(ties + "[2].other.name").entity(String.class).isEqualTo("刘梅");
	}

	@Test
	void upsertCreatesThenUpdatesOnlyGivenFields() {
		String id = upsertSalesRep(Map.of("name", " 孙丽 Sun Li ", "team", "Key Accounts"))
			.path("upsertSalesRep.name")
			.entity(String.class)
			.isEqualTo("孙丽 Sun Li")
			.path("upsertSalesRep.createdAt")
			.entity(String.class)
			.isEqualTo("2026-11-23T10:00+08:00")
			.path("upsertSalesRep.id")
			.entity(String.class)
			.get();
		assertThat(id).startsWith("rep-");

		upsertSalesRep(Map.of("id", id, "email", "sun.li@example.com"))
			.path("upsertSalesRep.name")
			.entity(String.class)
			.isEqualTo("孙丽 Sun Li")
			.path("upsertSalesRep.team")
			.entity(String.class)
			.isEqualTo("Key Accounts")
			.path("upsertSalesRep.email")
			.entity(String.class)
			.isEqualTo("sun.li@example.com");
		assertThat(TestNeo4j.count("MATCH (r:SalesRep) RETURN count(r)")).isEqualTo(4);
	}

	@Test
	void rejectsBlankOrMissingNamesWithoutWriting() {
		assertError(upsertSalesRep(Map.of("id", "rep-x", "name", "  ")), ErrorType.BAD_REQUEST,
				"name must not be blank");
		assertError(upsertSalesRep(Map.of("id", "rep-x", "team", "East")), ErrorType.BAD_REQUEST,
				"name is required to create sales rep 'rep-x'");
		assertError(upsertSalesRep(Map.of("id", "rep-li", "name", "")), ErrorType.BAD_REQUEST,
				"name must not be blank");
		assertThat(TestNeo4j.count("MATCH (r:SalesRep {id: 'rep-x'}) RETURN count(r)")).isZero();
		assertThat(TestNeo4j.count("MATCH (r:SalesRep {id: 'rep-li', name: 'Li Na 李娜'}) RETURN count(r)")).isEqualTo(1);
	}

	@Test
	void assignsAndUnassignsOwners() {
		owner("assignOwner", "rep-chen", "acc-hx")
			.path("assignOwner.id")
			.entity(String.class)
			.isEqualTo("acc-hx")
			.path("assignOwner.owners[*].id")
			.entityList(String.class)
			.containsExactly("rep-chen", "rep-li");
		owner("assignOwner", "rep-chen", "acc-hx")
			.path("assignOwner.id")
			.entity(String.class)
			.isEqualTo("acc-hx");
		assertThat(owns("rep-chen", "acc-hx")).isEqualTo(1);

		owner("unassignOwner", "rep-li", "acc-hx")
			.path("unassignOwner.name")
			.entity(String.class)
			.isEqualTo("华信物流 Huaxin Logistics")
			.path("unassignOwner.owners[*].id")
			.entityList(String.class)
			.containsExactly("rep-chen");
		assertThat(owns("rep-li", "acc-hx")).isZero();
	}

	@Test
	void ownerLinksToUnknownIdsAreNotFoundAndWriteNothing() {
		assertError(owner("assignOwner", "rep-x", "acc-hx"), ErrorType.NOT_FOUND, "'rep-x'");
		assertError(owner("assignOwner", "rep-chen", "acc-x"), ErrorType.NOT_FOUND, "Account 'acc-x'");
		assertError(owner("unassignOwner", "rep-li", "acc-x"), ErrorType.NOT_FOUND, "Account 'acc-x'");
		assertError(owner("unassignOwner", "rep-x", "acc-hx"), ErrorType.NOT_FOUND, "Sales rep 'rep-x'");
		assertThat(TestNeo4j.count("MATCH ()-[o:OWNS]->() RETURN count(o)")).isEqualTo(3);
	}

	@Test
	void linksKnowsFromRepAndFromPersonThenUpdatesAndUnlinks() {
		linkKnows(Map.of("fromId", "rep-chen", "toId", "p-zhang", "strength", 0.7, "since", "2025-03-01"))
			.path("linkKnows.__typename")
			.entity(String.class)
			.isEqualTo("SalesRep")
			.path("linkKnows.team")
			.entity(String.class)
			.isEqualTo("Fleet East")
			.path("linkKnows.knows[0].other.name")
			.entity(String.class)
			.isEqualTo("张伟")
			.path("linkKnows.knows[0].strength")
			.entity(Double.class)
			.isEqualTo(0.7)
			.path("linkKnows.knows[0].since")
			.entity(String.class)
			.isEqualTo("2025-03-01");

		linkKnows(Map.of("fromId", "rep-chen", "toId", "p-zhang", "strength", 0.4))
			.path("linkKnows.knows[*].strength")
			.entityList(Double.class)
			.containsExactly(0.4)
			.path("linkKnows.knows[0].since")
			.entity(String.class)
			.isEqualTo("2025-03-01");
		assertThat(knows("rep-chen", "p-zhang")).isEqualTo(1);

		linkKnows(Map.of("fromId", "p-liu", "toId", "p-zhang", "strength", 1))
			.path("linkKnows.__typename")
			.entity(String.class)
			.isEqualTo("Person")
			.path("linkKnows.name")
			.entity(String.class)
			.isEqualTo("刘梅")
			.path("linkKnows.knows[*].other.id")
			.entityList(String.class)
			.containsExactly("p-zhang", "p-wang")
			.path("linkKnows.knows[*].outgoing")
			.entityList(Boolean.class)
			.containsExactly(true, false);

		unlinkKnows("rep-chen", "p-zhang")
			.path("unlinkKnows.__typename")
			.entity(String.class)
			.isEqualTo("SalesRep")
			.path("unlinkKnows.id")
			.entity(String.class)
			.isEqualTo("rep-chen");
		assertThat(knows("rep-chen", "p-zhang")).isZero();
		unlinkKnows("p-wang", "p-liu")
			.path("unlinkKnows.name")
			.entity(String.class)
			.isEqualTo("王强");
		assertThat(knows("p-wang", "p-liu")).isZero();
	}

	@Test
	void rejectsBadTiesWithoutWriting() {
		assertError(link("rep-chen", "p-zhang", 1.5), ErrorType.BAD_REQUEST, "strength must be between 0 and 1, got 1.5");
		assertError(link("rep-chen", "p-zhang", -0.1), ErrorType.BAD_REQUEST, "strength must be between 0 and 1, got -0.1");
		assertError(link("p-wang", "p-wang", 0.5), ErrorType.BAD_REQUEST, "'p-wang' cannot be linked to itself");
		assertError(link("p-nope", "p-wang", 0.5), ErrorType.NOT_FOUND, "Person or sales rep 'p-nope' does not exist");
		assertError(link("rep-chen", "p-nope", 0.5), ErrorType.NOT_FOUND, "Person 'p-nope' does not exist");
		assertError(link("p-wang", "rep-chen", 0.5), ErrorType.NOT_FOUND, "Person 'rep-chen' does not exist");
		assertError(unlinkKnows("rep-nope", "p-wang"), ErrorType.NOT_FOUND, "'rep-nope'");
		TestNeo4j.run("CREATE (:SalesRep {id: 'dup', name: '周杰'}), (:Person {id: 'dup', name: '周洁'})");
		assertError(link("dup", "p-wang", 0.5), ErrorType.BAD_REQUEST,
				"'dup' is both person '周洁' and sales rep '周杰'");
		assertThat(TestNeo4j.count("MATCH ()-[k:KNOWS]->() RETURN count(k)")).isEqualTo(3);
		assertThat(TestNeo4j.count("MATCH ()-[k:KNOWS {strength: 0.8}]->() RETURN count(k)")).isEqualTo(1);
	}

	@Test
	void deleteRefusesWhileTheRepHasLoggedInteractions() {
		assertError(delete("deleteSalesRep", "rep-li", null), ErrorType.BAD_REQUEST,
				"Sales rep 'rep-li' has logged 4 interaction(s)", "cascade: true");
		assertThat(TestNeo4j.count("MATCH (r:SalesRep {id: 'rep-li'})-[rel]-() RETURN count(rel)")).isEqualTo(7);

		delete("deleteSalesRep", "rep-li", true)
			.path("deleteSalesRep.id")
			.entity(String.class)
			.isEqualTo("rep-li")
			.path("deleteSalesRep.removed")
			.entityList(String.class)
			.containsExactly("2 account ownership(s)", "1 KNOWS tie(s)",
					"4 LOGGED link(s) (the interactions stay, without rep)");
		assertThat(TestNeo4j.count("MATCH (r:SalesRep {id: 'rep-li'}) RETURN count(r)")).isZero();
		assertThat(TestNeo4j.count("MATCH (i:Interaction) RETURN count(i)")).isEqualTo(7);
		assertThat(TestNeo4j.count("MATCH (i:Interaction) WHERE NOT EXISTS { (:SalesRep)-[:LOGGED]->(i) } RETURN count(i)"))
			.isEqualTo(4);
		assertThat(TestNeo4j.count("MATCH (:Interaction)-[w:WITH]->(:Person) RETURN count(w)")).isEqualTo(7);
		assertThat(TestNeo4j.count("MATCH ()-[o:OWNS]->() RETURN count(o)")).isEqualTo(1);
		assertThat(TestNeo4j.count("MATCH (:Person)-[k:KNOWS]->(:Person) RETURN count(k)")).isEqualTo(2);
		this.graphQl.documentName("interactionsPage")
			.variable("filter", Map.of("personId", "p-zhang"))
			.execute()
			.path("interactions.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("int-05", "int-03")
			.path("interactions.edges[0].node.rep")
			.valueIsNull()
			.path("interactions.edges[1].node.rep.id")
			.entity(String.class)
			.isEqualTo("rep-zhao");
	}

	@Test
	void deleteWithoutInteractionsTakesOwnershipAndTiesAlong() {
		TestNeo4j.run("""
				MATCH (c:SalesRep {id: 'rep-chen'}), (a:Account {id: 'acc-hx'}), (p:Person {id: 'p-liu'})
				CREATE (c)-[:OWNS]->(a), (c)-[:KNOWS {strength: 0.5}]->(p)""");
		delete("deleteSalesRep", "rep-chen", null)
			.path("deleteSalesRep.removed")
			.entityList(String.class)
			.containsExactly("1 account ownership(s)", "1 KNOWS tie(s)");
		assertThat(TestNeo4j.count("MATCH (r:SalesRep {id: 'rep-chen'}) RETURN count(r)")).isZero();
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-liu'}) RETURN count(p)")).isEqualTo(1);
		assertThat(TestNeo4j.count("MATCH ()-[o:OWNS]->(:Account {id: 'acc-hx'}) RETURN count(o)")).isEqualTo(1);

		delete("deleteSalesRep", "rep-zhao", true)
			.path("deleteSalesRep.removed")
			.entityList(String.class)
			.containsExactly("1 account ownership(s)", "3 LOGGED link(s) (the interactions stay, without rep)");
		assertError(delete("deleteSalesRep", "rep-zhao", null), ErrorType.NOT_FOUND,
				"Sales rep 'rep-zhao' does not exist");
	}

	private GraphQlTester.Response salesRep(String id) {
		return this.graphQl.documentName("salesRep").variable("id", id).execute();
	}

	private GraphQlTester.Response accountOwners(String accountId) {
		return this.graphQl.documentName("accountOwners").variable("id", accountId).execute();
	}

	private GraphQlTester.Response upsertSalesRep(Map<String, Object> input) {
		return this.graphQl.documentName("upsertSalesRep").variable("input", input).execute();
	}

	/** assignOwner or unassignOwner. */
	private GraphQlTester.Response owner(String mutation, String repId, String accountId) {
		return this.graphQl.documentName(mutation)
			.variable("input", Map.of("repId", repId, "accountId", accountId))
			.execute();
	}

	private GraphQlTester.Response linkKnows(Map<String, Object> input) {
		return this.graphQl.documentName("linkKnows").fragmentName("knowsTie").variable("input", input).execute();
	}

	private GraphQlTester.Response link(String from, String to, double strength) {
		return linkKnows(Map.of("fromId", from, "toId", to, "strength", strength));
	}

	private GraphQlTester.Response unlinkKnows(String fromId, String toId) {
		return this.graphQl.documentName("unlinkKnows").variable("fromId", fromId).variable("toId", toId).execute();
	}


	private void assertError(GraphQlTester.Response response, ErrorType type, String... fragments) {
		GraphQlErrors.assertFails(response, type, fragments);
	}

	private static long owns(String repId, String accountId) {
		return TestNeo4j.count("MATCH (:SalesRep {id: $r})-[o:OWNS]->(:Account {id: $a}) RETURN count(o)",
				Map.of("r", repId, "a", accountId));
	}

	private static long knows(String fromId, String toId) {
		return TestNeo4j.count("MATCH ({id: $f})-[k:KNOWS]->({id: $t}) RETURN count(k)", Map.of("f", fromId, "t", toId));
	}

}
