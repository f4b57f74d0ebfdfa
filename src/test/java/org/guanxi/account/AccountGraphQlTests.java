package org.guanxi.account;

import java.util.List;
import java.util.Map;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

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
		upsertAccount(Map.of("id", "acc-new", "name", "新星物流 Xinxing", "units", 5, "lifecycle", "PROSPECT"))
			.path("upsertAccount.name")
			.entity(String.class)
			.isEqualTo("新星物流 Xinxing")
			.path("upsertAccount.prospectSince")
			.hasValue();
		upsertAccount(Map.of("id", "acc-new", "units", 9))
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
		String id = upsertAccount(Map.of("name", "Delta"))
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
		upsertAccount(Map.of("id", "acc-x", "name", "  "))
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("name must not be blank");
			});
		upsertAccount(Map.of("id", "acc-x", "units", -1, "name", "X"))
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("units must not be negative"));
		upsertAccount(Map.of("id", "acc-x", "industry", "taxi"))
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("name is required"));
		this.graphQl.documentName("upsertAccountWithUnknownLifecycle")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("ACTIVE")
					.contains("Allowed values of Lifecycle: POTENTIAL, PROSPECT, RETAINED, LOST");
			});
		upsertAccount(Map.of("id", "acc-x", "name", "X", "ownership", "MIXED"))
			.errors()
			.satisfy(errors -> {
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("MIXED").contains("STATE_OWNED");
			});
		assertThat(TestNeo4j.count("MATCH (a:Account {id: 'acc-x'}) RETURN count(a)")).isZero();
	}

	@Test
	void badPageArgumentsAreOneBadRequest() {
		this.graphQl.documentName("accountsPage").variable("first", 0).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(errors.get(0).getMessage()).contains("first must be between 1 and 100");
		});
		this.graphQl.documentName("accountsPage").variable("after", "!!").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage()).contains("is not a cursor of this list");
		});
	}

	@Test
	void unknownAccountIsNotFound() {
		account("nope").errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
			assertThat(errors.get(0).getMessage()).contains("'nope'");
		});
	}

	@Test
	void deleteRefusesWithDealsUnlessCascade() {
		delete("deleteAccount", "acc-a", null)
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("3 deal(s)").contains("cascade: true"));
		assertThat(TestNeo4j.count("MATCH (d:Deal)-[:FOR]->(:Account {id: 'acc-a'}) RETURN count(d)")).isEqualTo(3);

		delete("deleteAccount", "acc-a", true)
			.path("deleteAccount.removed")
			.entityList(String.class)
			.containsExactly("3 deal(s)");
		assertThat(TestNeo4j.count("MATCH (d:Deal) WHERE d.id IN ['d-1','d-2','d-3'] RETURN count(d)")).isZero();

		delete("deleteAccount", "acc-c", null)
			.path("deleteAccount.id")
			.entity(String.class)
			.isEqualTo("acc-c");
	}

	@Test
	void dealLifecycle() {
		this.graphQl.documentName("recordDeal")
			.variable("input", Map.of("id", "d-9", "accountId", "acc-c", "name", "First order", "amount", 20000,
					"openedAt", "2026-10-01"))
			.execute()
			.path("recordDeal.status")
			.entity(String.class)
			.isEqualTo("OPEN")
			.path("recordDeal.account.id")
			.entity(String.class)
			.isEqualTo("acc-c");
		this.graphQl.documentName("closeDeal")
			.variable("input", Map.of("dealId", "d-9", "result", "WON", "closedAt", "2026-11-01", "amount", 25000))
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
		account("acc-c")
			.path("account.revenue")
			.entity(Double.class)
			.isEqualTo(25000.0);
		this.graphQl.documentName("closeDeal")
			.variable("input", Map.of("dealId", "d-9", "result", "LOST"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("already WON"));
		this.graphQl.documentName("recordDeal")
			.variable("input", Map.of("accountId", "acc-c", "name", "Neg", "amount", -5))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("amount must be between 0 and 1000000000000000"));
		assertThat(TestNeo4j.count("MATCH (d:Deal {name: 'Neg'}) RETURN count(d)")).isZero();
	}

	@Test
	void listsDealsByStatusAndPeriod() {
		this.graphQl.documentName("dealsPage")
			.variable("filter", Map.of("status", "WON", "closedFrom", "2026-04-01"))
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

	private GraphQlTester.Response upsertAccount(Map<String, Object> input) {
		return this.graphQl.documentName("upsertAccount").variable("input", input).execute();
	}

	private GraphQlTester.Response account(String id) {
		return this.graphQl.documentName("account").variable("id", id).execute();
	}


}
