package org.guanxi.account;

import java.util.List;
import java.util.Map;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

class AccountGraphQlTests extends GraphQlTestBase {

	@BeforeEach
	void fixture() {
		TestNeo4j.load("fixtures/accounts.cypher");
	}

	@Test
	void pagesAccountsByNameWithRevenueOwnersAndDeals() {
		var page = this.graphQl.documentName("accountsPage").variable("first", 2).execute();
		page.path("accounts.totalCount").entity(Integer.class).isEqualTo(3);
		page.path("accounts.edges[*].node.id").entityList(String.class).containsExactly("acc-a", "acc-b");
		page.path("accounts.edges[0].node.revenue").entity(Double.class).isEqualTo(350000.0);
		page.path("accounts.edges[0].node.owners[0].id").entity(String.class).isEqualTo("rep-1");
		page.path("accounts.edges[0].node.deals[*].id").entityList(String.class).containsExactly("d-2", "d-3", "d-1");
		page.path("accounts.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = page.path("accounts.pageInfo.endCursor").entity(String.class).get();

		var next = this.graphQl.documentName("accountsPage").variable("first", 2).variable("after", cursor).execute();
		next.path("accounts.edges[*].node.id").entityList(String.class).containsExactly("acc-c");
		next.path("accounts.edges[0].node.revenue").entity(Double.class).isEqualTo(0.0);
		next.path("accounts.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		next.path("accounts.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void filtersAccounts() {
		this.graphQl.documentName("accountsPage")
			.variable("filter", Map.of("ownerId", "rep-1", "lifecycle", List.of("PROSPECT", "POTENTIAL")))
			.execute()
			.path("accounts.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("acc-b");
		this.graphQl.documentName("accountsPage")
			.variable("filter", Map.of("nameContains", "TAXI"))
			.execute()
			.path("accounts.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
		this.graphQl.documentName("accountsPage")
			.variable("filter", Map.of("signed", false, "opportunityTier", "C"))
			.execute()
			.path("accounts.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("acc-c");
	}

	@Test
	void upsertCreatesThenUpdatesOnlyGivenFields() {
		this.graphQl.document("""
				mutation { upsertAccount(input: {id: "acc-new", name: "新星物流 Xinxing", units: 5, lifecycle: PROSPECT}) {
				  id name units lifecycle signed prospectSince } }""")
			.execute()
			.path("upsertAccount.name")
			.entity(String.class)
			.isEqualTo("新星物流 Xinxing")
			.path("upsertAccount.prospectSince")
			.hasValue();
		this.graphQl.document("mutation { upsertAccount(input: {id: \"acc-new\", units: 9}) { name units lifecycle } }")
			.execute()
			.path("upsertAccount.units")
			.entity(Integer.class)
			.isEqualTo(9)
			.path("upsertAccount.name")
			.entity(String.class)
			.isEqualTo("新星物流 Xinxing")
			.path("upsertAccount.lifecycle")
			.entity(String.class)
			.isEqualTo("PROSPECT");
	}

	@Test
	void upsertWithoutIdGeneratesOne() {
		String id = this.graphQl.document("mutation { upsertAccount(input: {name: \"Delta\"}) { id lifecycle } }")
			.execute()
			.path("upsertAccount.lifecycle")
			.entity(String.class)
			.isEqualTo("POTENTIAL")
			.path("upsertAccount.id")
			.entity(String.class)
			.get();
		assertThat(id).startsWith("acc-");
		assertThat(TestNeo4j.count("MATCH (a:Account {id: $id}) RETURN count(a)", Map.of("id", id))).isEqualTo(1);
	}

	@Test
	void rejectsBadAccountInputWithoutWriting() {
		this.graphQl.document("mutation { upsertAccount(input: {id: \"acc-x\", name: \"  \"}) { id } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("name must not be blank");
			});
		this.graphQl.document("mutation { upsertAccount(input: {id: \"acc-x\", units: -1, name: \"X\"}) { id } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("units must not be negative"));
		this.graphQl.document("mutation { upsertAccount(input: {id: \"acc-x\", industry: \"taxi\"}) { id } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("name is required"));
		this.graphQl.document("mutation { upsertAccount(input: {id: \"acc-x\", name: \"X\", lifecycle: ACTIVE}) { id } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("ACTIVE")
					.contains("Allowed values of Lifecycle: POTENTIAL, PROSPECT, RETAINED, LOST");
			});
		this.graphQl.document("mutation($input: AccountInput!) { upsertAccount(input: $input) { id } }")
			.variable("input", Map.of("id", "acc-x", "name", "X", "ownership", "MIXED"))
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("MIXED").contains("STATE_OWNED");
			});
		assertThat(TestNeo4j.count("MATCH (a:Account {id: 'acc-x'}) RETURN count(a)")).isZero();
	}

	@Test
	void badPageArgumentsAreOneBadRequest() {
		this.graphQl.document("{ accounts(first: 0) { totalCount } }").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(errors.get(0).getMessage()).contains("first must be between 1 and 100");
		});
		this.graphQl.document("{ accounts(after: \"!!\") { totalCount } }").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage()).contains("is not a cursor of this list");
		});
	}

	@Test
	void unknownAccountIsNotFound() {
		this.graphQl.document("{ account(id: \"nope\") { id } }").execute().errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
			assertThat(errors.get(0).getMessage()).contains("'nope'");
		});
	}

	@Test
	void deleteRefusesWithDealsUnlessCascade() {
		this.graphQl.document("mutation { deleteAccount(id: \"acc-a\") { id } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("3 deal(s)").contains("cascade: true"));
		assertThat(TestNeo4j.count("MATCH (d:Deal)-[:FOR]->(:Account {id: 'acc-a'}) RETURN count(d)")).isEqualTo(3);

		this.graphQl.document("mutation { deleteAccount(id: \"acc-a\", cascade: true) { id removed } }")
			.execute()
			.path("deleteAccount.removed")
			.entityList(String.class)
			.containsExactly("3 deal(s)");
		assertThat(TestNeo4j.count("MATCH (d:Deal) WHERE d.id IN ['d-1','d-2','d-3'] RETURN count(d)")).isZero();

		this.graphQl.document("mutation { deleteAccount(id: \"acc-c\") { id removed } }")
			.execute()
			.path("deleteAccount.id")
			.entity(String.class)
			.isEqualTo("acc-c");
	}

	@Test
	void dealLifecycle() {
		this.graphQl.document("""
				mutation { recordDeal(input: {id: "d-9", accountId: "acc-c", name: "First order", amount: 20000, openedAt: "2026-10-01"}) {
				  id status amount openedAt account { id } } }""")
			.execute()
			.path("recordDeal.status")
			.entity(String.class)
			.isEqualTo("OPEN")
			.path("recordDeal.account.id")
			.entity(String.class)
			.isEqualTo("acc-c");
		this.graphQl.document("""
				mutation { closeDeal(input: {dealId: "d-9", result: WON, closedAt: "2026-11-01", amount: 25000}) {
				  status closedAt amount } }""")
			.execute()
			.path("closeDeal.status")
			.entity(String.class)
			.isEqualTo("WON")
			.path("closeDeal.amount")
			.entity(Double.class)
			.isEqualTo(25000.0)
			.path("closeDeal.closedAt")
			.entity(String.class)
			.isEqualTo("2026-11-01");
		this.graphQl.document("{ account(id: \"acc-c\") { revenue } }")
			.execute()
			.path("account.revenue")
			.entity(Double.class)
			.isEqualTo(25000.0);
		this.graphQl.document("mutation { closeDeal(input: {dealId: \"d-9\", result: LOST}) { status } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("already WON"));
		this.graphQl.document("mutation { recordDeal(input: {accountId: \"acc-c\", name: \"Neg\", amount: -5}) { id } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("amount must be between 0 and 1000000000000000"));
		assertThat(TestNeo4j.count("MATCH (d:Deal {name: 'Neg'}) RETURN count(d)")).isZero();
	}

	@Test
	void listsDealsByStatusAndPeriod() {
		this.graphQl.document("""
				{ deals(filter: {status: WON, closedFrom: "2026-04-01"}) { totalCount edges { node { id account { name } } } } }""")
			.execute()
			.path("deals.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("deals.edges[0].node.id")
			.entity(String.class)
			.isEqualTo("d-2")
			.path("deals.edges[0].node.account.name")
			.entity(String.class)
			.isEqualTo("Alpha Logistics");
	}

}
