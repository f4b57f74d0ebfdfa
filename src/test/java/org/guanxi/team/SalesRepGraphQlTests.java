package org.guanxi.team;

import java.util.Map;

import org.guanxi.support.GraphQlErrors;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

class SalesRepGraphQlTests extends GraphQlTestBase {

	@BeforeEach
	void fixture() {
		TestNeo4j.load("fixtures/team-activity.cypher");
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
		this.graphQl.document("{ account(id: \"acc-dx\") { owners { id } } }")
			.execute()
			.path("account.owners[*].id")
			.entityList(String.class)
			.containsExactly("rep-li", "rep-zhao");
	}

	@Test
	void oneRepAndUnknownRep() {
		this.graphQl.document("{ salesRep(id: \"rep-zhao\") { id name team createdAt } }")
			.execute()
			.path("salesRep.name")
			.entity(String.class)
			.isEqualTo("赵磊")
			.path("salesRep.team")
			.entity(String.class)
			.isEqualTo("Fleet West");
		this.graphQl.document("{ salesRep(id: \"rep-nope\") { id } }").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
			assertThat(errors.get(0).getMessage()).contains("Sales rep 'rep-nope' does not exist");
		});
	}

	@Test
	void accountOwnersByName() {
		this.graphQl.document("{ account(id: \"acc-dx\") { owners { id name } } }")
			.execute()
			.path("account.owners[*].name")
			.entityList(String.class)
			.containsExactly("Li Na 李娜", "赵磊");
	}

	@Test
	void personTiesInBothDirections() {
		var result = this.graphQl.document("""
				{ salesRep(id: "rep-li") { knows { other { ... on Person {
				    knows { other { __typename id name } strength since outgoing } } } } } }""").execute();
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
		String id = this.graphQl.document("""
				mutation { upsertSalesRep(input: {name: " 孙丽 Sun Li ", team: "Key Accounts"}) { id name team createdAt } }""")
			.execute()
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

		this.graphQl.document("mutation($id: ID) { upsertSalesRep(input: {id: $id, email: \"sun.li@example.com\"}) { name team email } }")
			.variable("id", id)
			.execute()
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
		assertError("mutation { upsertSalesRep(input: {id: \"rep-x\", name: \"  \"}) { id } }", ErrorType.BAD_REQUEST,
				"name must not be blank");
		assertError("mutation { upsertSalesRep(input: {id: \"rep-x\", team: \"East\"}) { id } }", ErrorType.BAD_REQUEST,
				"name is required to create sales rep 'rep-x'");
		assertError("mutation { upsertSalesRep(input: {id: \"rep-li\", name: \"\"}) { id } }", ErrorType.BAD_REQUEST,
				"name must not be blank");
		assertThat(TestNeo4j.count("MATCH (r:SalesRep {id: 'rep-x'}) RETURN count(r)")).isZero();
		assertThat(TestNeo4j.count("MATCH (r:SalesRep {id: 'rep-li', name: 'Li Na 李娜'}) RETURN count(r)")).isEqualTo(1);
	}

	@Test
	void assignsAndUnassignsOwners() {
		this.graphQl.document("mutation { assignOwner(input: {repId: \"rep-chen\", accountId: \"acc-hx\"}) { id owners { id } } }")
			.execute()
			.path("assignOwner.id")
			.entity(String.class)
			.isEqualTo("acc-hx")
			.path("assignOwner.owners[*].id")
			.entityList(String.class)
			.containsExactly("rep-chen", "rep-li");
		this.graphQl.document("mutation { assignOwner(input: {repId: \"rep-chen\", accountId: \"acc-hx\"}) { id } }")
			.execute()
			.path("assignOwner.id")
			.entity(String.class)
			.isEqualTo("acc-hx");
		assertThat(owns("rep-chen", "acc-hx")).isEqualTo(1);

		this.graphQl.document("mutation { unassignOwner(input: {repId: \"rep-li\", accountId: \"acc-hx\"}) { name owners { id } } }")
			.execute()
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
		assertError("mutation { assignOwner(input: {repId: \"rep-x\", accountId: \"acc-hx\"}) { id } }", ErrorType.NOT_FOUND,
				"'rep-x'");
		assertError("mutation { assignOwner(input: {repId: \"rep-chen\", accountId: \"acc-x\"}) { id } }",
				ErrorType.NOT_FOUND, "Account 'acc-x'");
		assertError("mutation { unassignOwner(input: {repId: \"rep-li\", accountId: \"acc-x\"}) { id } }",
				ErrorType.NOT_FOUND, "Account 'acc-x'");
		assertError("mutation { unassignOwner(input: {repId: \"rep-x\", accountId: \"acc-hx\"}) { id } }",
				ErrorType.NOT_FOUND, "Sales rep 'rep-x'");
		assertThat(TestNeo4j.count("MATCH ()-[o:OWNS]->() RETURN count(o)")).isEqualTo(3);
	}

	@Test
	void linksKnowsFromRepAndFromPersonThenUpdatesAndUnlinks() {
		this.graphQl.document("""
				mutation { linkKnows(input: {fromId: "rep-chen", toId: "p-zhang", strength: 0.7, since: "2025-03-01"}) {
				  __typename id ... on SalesRep { team knows { other { id name } strength since outgoing } } } }""")
			.execute()
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

		this.graphQl.document("""
				mutation { linkKnows(input: {fromId: "rep-chen", toId: "p-zhang", strength: 0.4}) {
				  ... on SalesRep { knows { strength since } } } }""")
			.execute()
			.path("linkKnows.knows[*].strength")
			.entityList(Double.class)
			.containsExactly(0.4)
			.path("linkKnows.knows[0].since")
			.entity(String.class)
			.isEqualTo("2025-03-01");
		assertThat(knows("rep-chen", "p-zhang")).isEqualTo(1);

		this.graphQl.document("""
				mutation { linkKnows(input: {fromId: "p-liu", toId: "p-zhang", strength: 1}) {
				  __typename name ... on Person { title knows { other { id } outgoing } } } }""")
			.execute()
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

		this.graphQl.document("mutation { unlinkKnows(fromId: \"rep-chen\", toId: \"p-zhang\") { __typename id } }")
			.execute()
			.path("unlinkKnows.__typename")
			.entity(String.class)
			.isEqualTo("SalesRep")
			.path("unlinkKnows.id")
			.entity(String.class)
			.isEqualTo("rep-chen");
		assertThat(knows("rep-chen", "p-zhang")).isZero();
		this.graphQl.document("mutation { unlinkKnows(fromId: \"p-wang\", toId: \"p-liu\") { name } }")
			.execute()
			.path("unlinkKnows.name")
			.entity(String.class)
			.isEqualTo("王强");
		assertThat(knows("p-wang", "p-liu")).isZero();
	}

	@Test
	void rejectsBadTiesWithoutWriting() {
		assertError(link("rep-chen", "p-zhang", "1.5"), ErrorType.BAD_REQUEST, "strength must be between 0 and 1, got 1.5");
		assertError(link("rep-chen", "p-zhang", "-0.1"), ErrorType.BAD_REQUEST, "strength must be between 0 and 1, got -0.1");
		assertError(link("p-wang", "p-wang", "0.5"), ErrorType.BAD_REQUEST, "'p-wang' cannot be linked to itself");
		assertError(link("p-nope", "p-wang", "0.5"), ErrorType.NOT_FOUND, "Person or sales rep 'p-nope' does not exist");
		assertError(link("rep-chen", "p-nope", "0.5"), ErrorType.NOT_FOUND, "Person 'p-nope' does not exist");
		assertError(link("p-wang", "rep-chen", "0.5"), ErrorType.NOT_FOUND, "Person 'rep-chen' does not exist");
		assertError("mutation { unlinkKnows(fromId: \"rep-nope\", toId: \"p-wang\") { id } }", ErrorType.NOT_FOUND,
				"'rep-nope'");
		TestNeo4j.run("CREATE (:SalesRep {id: 'dup', name: '周杰'}), (:Person {id: 'dup', name: '周洁'})");
		assertError(link("dup", "p-wang", "0.5"), ErrorType.BAD_REQUEST,
				"'dup' is both person '周洁' and sales rep '周杰'");
		assertThat(TestNeo4j.count("MATCH ()-[k:KNOWS]->() RETURN count(k)")).isEqualTo(3);
		assertThat(TestNeo4j.count("MATCH ()-[k:KNOWS {strength: 0.8}]->() RETURN count(k)")).isEqualTo(1);
	}

	@Test
	void deleteRefusesWhileTheRepHasLoggedInteractions() {
		assertError("mutation { deleteSalesRep(id: \"rep-li\") { id } }", ErrorType.BAD_REQUEST,
				"Sales rep 'rep-li' has logged 4 interaction(s)", "cascade: true");
		assertThat(TestNeo4j.count("MATCH (r:SalesRep {id: 'rep-li'})-[rel]-() RETURN count(rel)")).isEqualTo(7);

		this.graphQl.document("mutation { deleteSalesRep(id: \"rep-li\", cascade: true) { id removed } }")
			.execute()
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
		this.graphQl.document("{ interactions(filter: {personId: \"p-zhang\"}) { edges { node { id rep { id } } } } }")
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
		this.graphQl.document("mutation { deleteSalesRep(id: \"rep-chen\") { id removed } }")
			.execute()
			.path("deleteSalesRep.removed")
			.entityList(String.class)
			.containsExactly("1 account ownership(s)", "1 KNOWS tie(s)");
		assertThat(TestNeo4j.count("MATCH (r:SalesRep {id: 'rep-chen'}) RETURN count(r)")).isZero();
		assertThat(TestNeo4j.count("MATCH (p:Person {id: 'p-liu'}) RETURN count(p)")).isEqualTo(1);
		assertThat(TestNeo4j.count("MATCH ()-[o:OWNS]->(:Account {id: 'acc-hx'}) RETURN count(o)")).isEqualTo(1);

		this.graphQl.document("mutation { deleteSalesRep(id: \"rep-zhao\", cascade: true) { removed } }")
			.execute()
			.path("deleteSalesRep.removed")
			.entityList(String.class)
			.containsExactly("1 account ownership(s)", "3 LOGGED link(s) (the interactions stay, without rep)");
		assertError("mutation { deleteSalesRep(id: \"rep-zhao\") { id } }", ErrorType.NOT_FOUND,
				"Sales rep 'rep-zhao' does not exist");
	}

	private static String link(String from, String to, String strength) {
		return "mutation { linkKnows(input: {fromId: \"" + from + "\", toId: \"" + to + "\", strength: " + strength
				+ "}) { id } }";
	}

	private void assertError(String document, ErrorType type, String... fragments) {
		GraphQlErrors.assertFails(this.graphQl.document(document).execute(), type, fragments);
	}

	private static long owns(String repId, String accountId) {
		return TestNeo4j.count("MATCH (:SalesRep {id: $r})-[o:OWNS]->(:Account {id: $a}) RETURN count(o)",
				Map.of("r", repId, "a", accountId));
	}

	private static long knows(String fromId, String toId) {
		return TestNeo4j.count("MATCH ({id: $f})-[k:KNOWS]->({id: $t}) RETURN count(k)", Map.of("f", fromId, "t", toId));
	}

}
