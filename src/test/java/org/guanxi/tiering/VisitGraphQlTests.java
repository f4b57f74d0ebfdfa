package org.guanxi.tiering;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guanxi.graph.Cypher;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visit cadence on fixtures/tiering/visits.cypher: A allows 10 days, B 15, C 30; dates in Asia/Shanghai.
 */
class VisitGraphQlTests extends GraphQlTestBase {

	@Autowired
	private Cypher cypher;

	@BeforeEach
	void fixture() {
		TestNeo4j.load("fixtures/tiering/visits.cypher");
	}

	@Test
	void neverVisitedFirstThenMostOverdueAcrossTheMonthEnd() {
		// 2026-12-01: v-a last 11-21 (Shanghai) = 10 days, not over 10; v-b 11-10 = 21 > 15; v-c 11-01 = 30, not over 30
		var dec1 = this.graphQl.documentName("overdueAccounts").variable("asOf", "2026-12-01").execute();
		dec1.path("overdueAccounts[*].account.id").entityList(String.class).containsExactly("v-m", "v-n", "v-b");
		dec1.path("overdueAccounts[0].lastVisitAt").valueIsNull();
		dec1.path("overdueAccounts[0].daysSinceLastVisit").valueIsNull();
		dec1.path("overdueAccounts[0].overdueDays").valueIsNull();
		dec1.path("overdueAccounts[0].abcClass").entity(String.class).isEqualTo("C");
		dec1.path("overdueAccounts[0].allowedDays").entity(Double.class).isEqualTo(30.0);
		dec1.path("overdueAccounts[2].abcClass").entity(String.class).isEqualTo("B");
		dec1.path("overdueAccounts[2].daysSinceLastVisit").entity(Integer.class).isEqualTo(21);
		dec1.path("overdueAccounts[2].allowedDays").entity(Double.class).isEqualTo(15.0);
		dec1.path("overdueAccounts[2].overdueDays").entity(Double.class).isEqualTo(6.0);
		dec1.path("overdueAccounts[2].lastVisitAt")
			.entity(OffsetDateTime.class)
			.satisfies(t -> assertThat(t.toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-10T09:00:00+08:00").toInstant()));

		// 2026-12-02: v-b 22 - 15 = 7, v-c 31 - 30 = 1... v-a 11 - 10 = 1; ties by id
		var dec2 = this.graphQl.documentName("overdueAccounts").variable("asOf", "2026-12-02").execute();
		dec2.path("overdueAccounts[*].account.id")
			.entityList(String.class)
			.containsExactly("v-m", "v-n", "v-b", "v-a", "v-c");
		dec2.path("overdueAccounts[*].daysSinceLastVisit").entityList(Integer.class).containsExactly(null, null, 22, 11, 31);
		dec2.path("overdueAccounts[*].overdueDays").entityList(Double.class).containsExactly(null, null, 7.0, 1.0, 1.0);
		dec2.path("overdueAccounts[3].abcClass").entity(String.class).isEqualTo("A");
		dec2.path("overdueAccounts[3].allowedDays").entity(Double.class).isEqualTo(10.0);
	}

	@Test
	void aVisitLoggedThroughGraphQlIsWorkedInForItsAccountAlone() throws Exception {
		this.graphQl.documentName("overdueAccounts").variable("asOf", "2026-12-01").execute()
			.path("overdueAccounts[*].account.id").entityList(String.class).containsExactly("v-m", "v-n", "v-b");
		// v-m, never visited, visited on 11-22: 9 days before 12-01, within the 30 days of a C account
		this.graphQl.document("""
				mutation { recordInteraction(input: {repId: "rep-1", personId: "p1-v-m", kind: VISIT,
				  at: "2026-11-22T10:00:00+08:00", outcome: POSITIVE}) { id } }""").execute()
			.path("recordInteraction.id").hasValue();
		Map<String, Map<String, Object>> issued = new java.util.LinkedHashMap<>();
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> issued.put(name, parameters))) {
			var dec1 = this.graphQl.documentName("overdueAccounts").variable("asOf", "2026-12-01").execute();
			dec1.path("overdueAccounts[*].account.id").entityList(String.class).containsExactly("v-n", "v-b");
		}
		assertThat(issued).as("the whole book's last visits are not read again").doesNotContainKey("tiering/lastVisits");
		assertThat(issued.get("tiering/accountLastVisits").get("ids")).as("accounts whose last visit is read again")
			.isEqualTo(List.of("v-m"));
	}

	@Test
	void firstKeepsTheHeadOfEachListAndTheCountsSayHowLongTheWholeListIs() {
		// on 2026-12-02 five accounts are overdue (v-m, v-n, v-b, v-a, v-c, as above); December plans five visits
		var head = this.graphQl.document("""
				{ overdueAccounts(asOf: "2026-12-02", first: 2) { account { id name } overdueDays }
				  overdueAccountCount(asOf: "2026-12-02")
				  visitPlan(month: "2026-12", first: 3) { account { id } }
				  visitPlanCount(month: "2026-12")
				  rep2: visitPlanCount(month: "2026-12", repId: "rep-2")
				  wide: visitPlan(month: "2026-12", first: 50) { account { id } } }""").execute();
		head.path("overdueAccounts[*].account.id").entityList(String.class).containsExactly("v-m", "v-n");
		head.path("overdueAccounts[*].account.name").entityList(String.class).containsExactly("M Corp", "N Corp");
		head.path("overdueAccountCount").entity(Integer.class).isEqualTo(5);
		head.path("visitPlan[*].account.id").entityList(String.class).containsExactly("v-a", "v-b", "v-c");
		head.path("visitPlanCount").entity(Integer.class).isEqualTo(5);
		head.path("rep2").entity(Integer.class).isEqualTo(1);
		head.path("wide[*].account.id").entityList(String.class).containsExactly("v-a", "v-b", "v-c", "v-m", "v-n");
		// the count alone, without the list in the same request
		this.graphQl.document("{ overdueAccountCount(asOf: \"2026-12-01\") }")
			.execute()
			.path("overdueAccountCount")
			.entity(Integer.class)
			.isEqualTo(3);
		this.graphQl.document("{ overdueAccounts(first: 0) { overdueDays } }").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(errors.get(0).getMessage()).contains("first must be 1 or more, got 0");
		});
	}

	@Test
	void theAccountsOfTheReportCarryTheFieldsAskedFor() {
		// stored properties only: loaded as values; a field resolved from the account (owners): whole nodes
		TestNeo4j.run("""
				MATCH (a:Account {id: 'v-b'})
				SET a.units = 12, a.createdAt = datetime('2025-03-01T09:30:00+08:00')""");
		var stored = this.graphQl.documentName("overdueAccountsStoredFields")
			.variable("asOf", "2026-12-01")
			.execute();
		stored.path("overdueAccounts[*].account.units").entityList(Integer.class).containsExactly(null, null, 12);
		stored.path("overdueAccounts[2].account.createdAt").entity(String.class).isEqualTo("2025-03-01T09:30+08:00");
		stored.path("overdueAccounts[*].account.name").entityList(String.class).containsExactly("M Corp", "N Corp", "B Corp");
		stored.path("overdueAccounts[*].account.lifecycle")
			.entityList(String.class)
			.containsExactly("PROSPECT", "POTENTIAL", "RETAINED");
		stored.path("overdueAccounts[*].account.signed").entityList(Boolean.class).containsExactly(false, false, true);
		stored.path("overdueAccounts[*].account.industry").entityList(String.class).containsExactly(null, null, null);
		var whole = this.graphQl.documentName("overdueAccountsOwners").variable("asOf", "2026-12-01").execute();
		whole.path("overdueAccounts[*].account.name").entityList(String.class).containsExactly("M Corp", "N Corp", "B Corp");
		whole.path("overdueAccounts[*].account.signed").entityList(Boolean.class).containsExactly(false, false, true);
		whole.path("overdueAccounts[2].account.owners[*].id").entityList(String.class).containsExactly("rep-2");
		var abc = this.graphQl.documentName("abcAnalysisAccounts").execute();
		abc.path("abcAnalysis.entries[*].account.name")
			.entityList(String.class)
			.containsExactly("A Corp", "B Corp", "C Corp", "M Corp", "N Corp");
		abc.path("abcAnalysis.entries[*].account.lifecycle")
			.entityList(String.class)
			.containsExactly("RETAINED", "RETAINED", "RETAINED", "PROSPECT", "POTENTIAL");
	}

	@Test
	void visitsAfterTheAsOfDateAndOtherKindsDoNotCount() {
		// v-b's visit on 12-05 counts from then on: on 12-20 it is 15 days old (not overdue), on 12-21 16
		this.graphQl.documentName("overdueAccounts")
			.variable("asOf", "2026-12-20")
			.execute()
			.path("overdueAccounts[*].account.id")
			.entityList(String.class)
			.doesNotContain("v-b");
		this.graphQl.documentName("overdueAccounts")
			.variable("asOf", "2026-12-21")
			.execute()
			.path("overdueAccounts[?(@.account.id == 'v-b')].daysSinceLastVisit")
			.entityList(Integer.class)
			.containsExactly(16);
		// v-c had a MEAL on 11-20 but its last VISIT is still 11-01
		this.graphQl.documentName("overdueAccounts")
			.variable("asOf", "2026-12-05")
			.execute()
			.path("overdueAccounts[?(@.account.id == 'v-c')].daysSinceLastVisit")
			.entityList(Integer.class)
			.containsExactly(34);
	}

	@Test
	void eachAccountSaysItsLastVisitAndWhetherAVisitIsOverdueTodayAsTheReportDoes() {
		String query = "{ accounts(first: 10) { edges { node { id lastVisitAt visitOverdue } } } }";
		// today 2026-11-23: only the never-visited v-m and v-n are overdue (as overdueAccounts says above)
		var nov23 = this.graphQl.document(query).execute();
		nov23.path("accounts.edges[*].node.id").entityList(String.class)
			.containsExactly("v-a", "v-b", "v-c", "v-m", "v-n");
		nov23.path("accounts.edges[*].node.visitOverdue").entityList(Boolean.class)
			.containsExactly(false, false, false, true, true);
		nov23.path("accounts.edges[1].node.lastVisitAt")
			.entity(OffsetDateTime.class)
			.satisfies(t -> assertThat(t.toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-10T09:00:00+08:00").toInstant()));
		nov23.path("accounts.edges[3].node.lastVisitAt").valueIsNull();
		// 2026-12-02 in Shanghai: v-b 22 days > 15, v-a 11 > 10, v-c 31 > 30
		this.clock.set(OffsetDateTime.parse("2026-12-01T16:30:00Z"));
		this.graphQl.document(query).execute().path("accounts.edges[*].node.visitOverdue").entityList(Boolean.class)
			.containsExactly(true, true, true, true, true);
	}

	@Test
	void asOfDefaultsToTodayInTheConfiguredZoneAndRepFilterKeepsOwnedAccounts() {
		// today 2026-11-23: nobody visited is overdue yet
		this.graphQl.documentName("overdueAccounts")
			.execute()
			.path("overdueAccounts[*].account.id")
			.entityList(String.class)
			.containsExactly("v-m", "v-n");
		// 2026-12-01T16:30Z is already 2026-12-02 in Shanghai
		this.clock.set(OffsetDateTime.parse("2026-12-01T16:30:00Z"));
		this.graphQl.documentName("overdueAccounts")
			.execute()
			.path("overdueAccounts[*].account.id")
			.entityList(String.class)
			.containsExactly("v-m", "v-n", "v-b", "v-a", "v-c");
		this.graphQl.documentName("overdueAccounts")
			.variable("repId", "rep-1")
			.execute()
			.path("overdueAccounts[*].account.id")
			.entityList(String.class)
			.containsExactly("v-a", "v-c");
		this.graphQl.documentName("overdueAccounts").variable("repId", "rep-9").execute().errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
			assertThat(errors.get(0).getMessage()).contains("Sales rep 'rep-9' does not exist");
		});
	}

	@Test
	void monthPlanCountsVisitDaysInTheZoneAndPutsAFirstInTheFirstWeek() {
		var nov = this.graphQl.documentName("visitPlan").variable("month", "2026-11").execute();
		nov.path("visitPlan[*].account.id").entityList(String.class).containsExactly("v-a", "v-m", "v-n", "v-b", "v-c");
		// v-a: A, visits on 11-05 (twice: one day) and 11-21 (Shanghai): 2 of 3, next due 11-30
		nov.path("visitPlan[0].abcClass").entity(String.class).isEqualTo("A");
		nov.path("visitPlan[0].dueDates").entityList(String.class).containsExactly("2026-11-07", "2026-11-20", "2026-11-30");
		nov.path("visitPlan[0].visitsDone").entity(Integer.class).isEqualTo(2);
		nov.path("visitPlan[0].visitsRequired").entity(Integer.class).isEqualTo(3);
		nov.path("visitPlan[0].dueBy").entity(String.class).isEqualTo("2026-11-30");
		nov.path("visitPlan[0].rep.id").entity(String.class).isEqualTo("rep-1");
		nov.path("visitPlan[1].rep").valueIsNull();
		nov.path("visitPlan[1].visitsDone").entity(Integer.class).isEqualTo(0);
		// v-b: B, 11-02 and 11-10: complete; v-c: C, 2026-10-31T20:00Z is 11-01 in Shanghai: complete
		nov.path("visitPlan[3].dueDates").entityList(String.class).containsExactly("2026-11-15", "2026-11-30");
		nov.path("visitPlan[3].complete").entity(Boolean.class).isEqualTo(true);
		nov.path("visitPlan[3].rep.id").entity(String.class).isEqualTo("rep-2");
		nov.path("visitPlan[4].visitsDone").entity(Integer.class).isEqualTo(1);
		nov.path("visitPlan[4].visitsRequired").entity(Integer.class).isEqualTo(1);
		// a second owner with a smaller id: the plan names the owner with the smallest id
		TestNeo4j.run("MATCH (b:Account {id: 'v-b'}) CREATE (:SalesRep {id: 'rep-0', name: 'Zero'})-[:OWNS]->(b)");
		var shared = this.graphQl.documentName("visitPlan").variable("month", "2026-11").execute();
		shared.path("visitPlan[3].account.id").entity(String.class).isEqualTo("v-b");
		shared.path("visitPlan[3].rep.id").entity(String.class).isEqualTo("rep-0");
		shared.path("visitPlan[0].rep.id").entity(String.class).isEqualTo("rep-1");

		var dec = this.graphQl.documentName("visitPlan").variable("month", "2026-12").variable("repId", "rep-2").execute();
		dec.path("visitPlan[*].account.id").entityList(String.class).containsExactly("v-b");
		dec.path("visitPlan[0].dueDates").entityList(String.class).containsExactly("2026-12-16", "2026-12-31");
		dec.path("visitPlan[0].visitsDone").entity(Integer.class).isEqualTo(1);
		dec.path("visitPlan[0].dueBy").entity(String.class).isEqualTo("2026-12-31");

		var all = this.graphQl.documentName("visitPlan").variable("month", "2026-12").execute();
		all.path("visitPlan[*].account.id").entityList(String.class).containsExactly("v-a", "v-b", "v-c", "v-m", "v-n");
		all.path("visitPlan[*].dueBy")
			.entityList(String.class)
			.containsExactly("2026-12-07", "2026-12-31", "2026-12-31", "2026-12-31", "2026-12-31");
	}

	@Test
	void rejectsAMalformedMonth() {
		this.graphQl.documentName("visitPlan").variable("month", "2026-13").execute().errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(errors.get(0).getMessage()).contains("use YYYY-MM");
		});
	}

	@Test
	void emptyBookHasNoOverdueAccountsAndNoPlan() {
		TestNeo4j.cleanBook();
		this.graphQl.documentName("overdueAccounts").execute().path("overdueAccounts").entityList(Object.class).hasSize(0);
		this.graphQl.documentName("visitPlan").variable("month", "2026-11").execute().path("visitPlan").entityList(Object.class).hasSize(0);
	}

}
