package org.guanxi.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.support.GraphFingerprint;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.RawGraphQl;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests against the demo book: each is refused with BAD_REQUEST (HTTP 413 for an oversized body),
 * names the limit or the field, writes nothing, and the service answers the next request.
 */
class HostileRequestTests extends GraphQlTestBase {

	@LocalServerPort
	private int port;

	private RawGraphQl raw;

	@BeforeEach
	void demoBook() {
		TestNeo4j.load("cypher/demo/demo-data.cypher");
		this.raw = new RawGraphQl(this.port, this.token);
	}

	/** A hostile request and a word its error must contain. */
	private record Case(String name, Object body, String expected) {
	}

	private static Case query(String name, String document, String expected) {
		return new Case(name, Map.of("query", document), expected);
	}

	private static Case query(String name, String document, Map<String, Object> variables, String expected) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return new Case(name, body, expected);
	}

	@Test
	void graphQlLimitsRefuseWhatWouldStallTheService() {
		List<Case> cases = new ArrayList<>();
		cases.add(query("500 aliases of a whole-book report", aliases(500, "abcAnalysis { totalRevenue }"),
				"guanxi.graphql.max-"));
		cases.add(query("fan-out through every tie",
				"{ salesReps { accounts { people { knows { other { ... on Person { account { people {"
						+ " interactions(first: 100) { id } knows { strength } } } } } } } } } }",
				"guanxi.graphql.max-cost"));
		cases.add(query("huge page of a contact's interactions",
				"{ person(id: \"p-wang-qiang\") { interactions(first: 2000000000) { id } } }", "between 1 and 100"));
		cases.add(query("huge page through a variable",
				"query($n: Int) { accounts(first: $n) { totalCount } }", Map.of("n", 1_000_000), "between 1 and 100"));
		cases.add(query("13 levels deep", "{ account(id: \"acc-shunda\") " + nested(12) + " }",
				"guanxi.graphql.max-depth"));
		cases.add(query("depth hidden in fragments",
				"{ person(id: \"p-wang-qiang\") { ...a } } fragment a on Person { reportsTo { ...b } } "
						+ "fragment b on Person { reportsTo { ...c } } fragment c on Person { reportsTo { reportsTo {"
						+ " reportsTo { reportsTo { reportsTo { reportsTo { reportsTo { reportsTo { reportsTo { name } } } } } } } } } }",
				"guanxi.graphql.max-depth"));
		cases.add(query("fragment bomb", fragmentBomb(30), "guanxi.graphql.max-"));
		cases.add(query("too many operations", operations(11), "guanxi.graphql.max-operations"));
		cases.add(query("too many root fields", rootFields(21), "guanxi.graphql.max-root-fields"));
		cases.add(query("nested lists over the cost budget",
				"{ accounts(first: 100) { edges { node { people { knows { other { ... on Person {"
						+ " knows { other { id } } } } } } } } } }",
				"guanxi.graphql.max-cost"));
		cases.add(query("report rows times nested lists",
				"{ abcAnalysis { entries { account { people { influences { person { knows { strength } } } } } } } }",
				"guanxi.graphql.max-cost"));
		cases.add(query("too many tokens", "{ " + "__typename ".repeat(20_000) + "}", "guanxi.graphql.max-tokens"));
		cases.add(query("introspection walked too deep",
				"{ __schema { types { fields { type { fields { type { fields { args { name } } } } } } } } }",
				"guanxi.graphql.max-cost"));
		cases.add(query("zero page", "{ accounts(first: 0) { totalCount } }", "between 1 and 100"));
		cases.add(query("negative page", "{ deals(first: -5) { totalCount } }", "between 1 and 100"));
		cases.add(query("bad cursor", "{ accounts(after: \"!!not-a-cursor!!\") { totalCount } }", "cursor"));
		cases.add(query("unknown enum", "{ accounts(filter: {lifecycle: [ETERNAL]}) { totalCount } }", "Lifecycle"));
		assertRefused(cases);
	}

	@Test
	void inputLimitsRefuseWhatWouldPoisonTheBook() {
		List<Case> cases = new ArrayList<>();
		cases.add(query("a period ending in the year 999999999",
				"{ relationshipChanges(from: \"2026-01-01\", to: \"+999999999-12-31\") { personId } }", "1900 and 2200"));
		cases.add(query("a report period before 1900", "{ abcAnalysis(from: \"1899-12-31\") { totalRevenue } }",
				"1900 and 2200"));
		cases.add(query("a date-time in the year 3000 through a variable",
				"mutation($at: DateTime) { recordInteraction(input: {repId: \"rep-li-na\", personId: \"p-wang-qiang\","
						+ " kind: CALL, at: $at}) { id } }",
				Map.of("at", "3000-01-01T10:00:00+08:00"), "1900 and 2200"));
		cases.add(query("a month of the year 99999", "{ visitPlan(month: \"+99999-01\") { dueBy } }", "1900 and 2200"));
		cases.add(query("a name of 600,000 characters", "mutation($n: String) { upsertAccount(input: {name: $n}) { id } }",
				Map.of("n", "x".repeat(600_000)), "at most 500"));
		cases.add(query("an id of 201 characters",
				"mutation { upsertSalesRep(input: {id: \"" + "r".repeat(201) + "\", name: \"R\"}) { id } }",
				"at most 200"));
		cases.add(query("a note of 10,001 characters",
				"mutation($n: String) { recordInteraction(input: {repId: \"rep-li-na\", personId: \"p-wang-qiang\","
						+ " kind: CALL, note: $n}) { id } }",
				Map.of("n", "n".repeat(10_001)), "at most 10000"));
		cases.add(query("a deal of 1e308",
				"mutation { recordDeal(input: {accountId: \"acc-shunda\", name: \"Huge\", amount: 1e308}) { id } }",
				"10^15"));
		cases.add(query("a closing amount over 10^15 through a variable",
				"mutation($a: Float) { closeDeal(input: {dealId: \"d-x\", result: WON, amount: $a}) { id } }",
				Map.of("a", 2e15), "10^15"));
		cases.add(query("a long filter text", "{ accounts(filter: {nameContains: \"" + "z".repeat(501) + "\"}) { totalCount } }",
				"at most 500"));
		assertRefused(cases);
	}

	@Test
	void anOversizedBodyIsRefusedWith413BeforeItIsRead() {
		String name = "x".repeat(5 * 1024 * 1024);
		List<Object> before = GraphFingerprint.take();
		RawGraphQl.Answer answer = this.raw.post("mutation($n: String) { upsertAccount(input: {name: $n}) { id } }",
				Map.of("n", name));
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.classifications()).containsExactly("BAD_REQUEST");
		assertThat(answer.messages().get(0)).contains("guanxi.graphql.max-body-size").contains("1048576");
		assertThat(GraphFingerprint.take()).isEqualTo(before);
		assertServiceAnswers();
	}

	@Test
	void aListOverItsCapIsCutAndSaysSo() {
		StringBuilder people = new StringBuilder("UNWIND range(1, 501) AS i CREATE (:Person {id: 'crowd-' + i, "
				+ "name: 'Crowd ' + i, level: 3, decisionWeight: 0.0, buyingRoles: [], insider: false})"
				+ "-[:WORKS_AT]->(a) WITH a LIMIT 1 RETURN a");
		TestNeo4j.run("CREATE (:Account {id: 'acc-crowd', name: 'Crowd', lifecycle: 'POTENTIAL', signed: false, vip: false})");
		TestNeo4j.run("MATCH (a:Account {id: 'acc-crowd'}) UNWIND range(1, 501) AS i CREATE (:Person {id: 'crowd-' + i,"
				+ " name: 'Crowd ' + i, level: 3, decisionWeight: 0.0, buyingRoles: [], insider: false})-[:WORKS_AT]->(a)");
		RawGraphQl.Answer answer = this.raw.post("{ account(id: \"acc-crowd\") { people { id } } }");
		assertThat(people).isNotEmpty();
		@SuppressWarnings("unchecked")
		List<Object> shown = (List<Object>) ((Map<String, Object>) ((Map<String, Object>) answer.data()).get("account"))
			.get("people");
		assertThat(shown).hasSize(500);
		assertThat(answer.classifications()).containsExactly("BAD_REQUEST");
		assertThat(answer.messages().get(0)).contains("Account.people has more than 500 items")
			.contains("guanxi.graphql.max-list-size");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aTeamOverTheListCapIsCutWithoutFirstAndPagedWithIt() {
		TestNeo4j.run("UNWIND range(1, 501) AS i CREATE (:SalesRep {id: 'rep-' + right('00' + i, 3), name: 'Rep ' + "
				+ "right('00' + i, 3), team: 'Crowd'})");
		RawGraphQl.Answer all = this.raw.post("{ salesReps { id } }");
		List<Object> shown = (List<Object>) ((Map<String, Object>) all.data()).get("salesReps");
		assertThat(shown).hasSize(500);
		assertThat(all.classifications()).containsExactly("BAD_REQUEST");
		assertThat(all.messages().get(0)).contains("Query.salesReps has more than 500 items")
			.contains("guanxi.graphql.max-list-size");

		// pages of 500 from offset 0 and 500 give every rep once (the 501 and the book's own), without an error
		long reps = TestNeo4j.count("MATCH (r:SalesRep) RETURN count(r)");
		assertThat(reps).isGreaterThan(501);
		RawGraphQl.Answer pages = this.raw.post("{ a: salesReps(first: 500) { id } b: salesReps(first: 500, offset: 500) { id } }");
		assertThat(pages.errors()).isEmpty();
		Map<String, Object> data = (Map<String, Object>) pages.data();
		List<Object> both = new java.util.ArrayList<>((List<Object>) data.get("a"));
		both.addAll((List<Object>) data.get("b"));
		assertThat(both).hasSize((int) reps).doesNotHaveDuplicates().contains(Map.of("id", "rep-001"), Map.of("id", "rep-501"));
	}

	@Test
	void amountsStoredOutsideGuanxiThatOverflowAreDataErrorsOfTheirAccountAndPoisonNoReport() {
		// acc-shunda's won revenue before, and the whole book's, by the report itself
		Map<String, Object> before = report(this.raw.post(ABC));
		double shunda = revenueOf(before, "acc-shunda");
		double total = ((Number) before.get("totalRevenue")).doubleValue();
		assertThat(shunda).isPositive();
		// two WON deals of 1e308 (their sum overflows) and an OPEN one of NaN, written with plain Cypher
		TestNeo4j.run("MATCH (a:Account {id: 'acc-shunda'}) UNWIND [1, 2] AS i CREATE (:Deal {id: 'd-huge-' + i,"
				+ " name: 'Huge ' + i, amount: 1e308, status: 'WON', openedAt: date('2026-01-01'),"
				+ " closedAt: date('2026-02-01')})-[:FOR]->(a)");
		TestNeo4j.run("MATCH (a:Account {id: 'acc-shunda'}) CREATE (:Deal {id: 'd-nan', name: 'NaN', amount: 0.0 / 0.0,"
				+ " status: 'OPEN', openedAt: date('2026-01-01')})-[:FOR]->(a)");

		RawGraphQl.Answer abc = this.raw.post(ABC);
		assertThat(revenueOf(report(abc), "acc-shunda")).isEqualTo(shunda);
		assertThat(((Number) report(abc).get("totalRevenue")).doubleValue()).isEqualTo(total);
		assertThat(abc.classifications()).containsExactly("DATA_ERROR");
		assertThat(abc.messages().get(0)).contains("acc-shunda").contains("d-huge-1, d-huge-2").contains("10^15")
			.contains("recordDeal");

		RawGraphQl.Answer account = this.raw.post("{ account(id: \"acc-shunda\") { revenue dataErrors } }");
		assertThat(account.errors()).isEmpty();
		assertThat(account.data()).isEqualTo(Map.of("account", Map.of("revenue", shunda, "dataErrors",
				List.of(abc.messages().get(0).replace("d-huge-1, d-huge-2", "d-huge-1, d-huge-2, d-nan")))));
		for (String document : List.of("{ overdueAccounts { account { id } } }",
				"{ referralSourceReport(from: \"2020-01-01\", to: \"2027-12-31\") { key revenue } }",
				"{ topReferrers { totalRevenue } }", "{ funnel { stages { accounts } } }",
				"{ accounts(first: 100) { edges { node { revenue dataErrors } } } }")) {
			RawGraphQl.Answer answer = this.raw.post(document);
			assertThat(answer.errors()).as(document).isEmpty();
			assertThat(answer.data()).as(document).isNotNull();
		}
	}

	private static final String ABC = "{ abcAnalysis { totalRevenue entries { account { id } revenue } } }";

	@SuppressWarnings("unchecked")
	private static Map<String, Object> report(RawGraphQl.Answer answer) {
		return (Map<String, Object>) ((Map<String, Object>) answer.data()).get("abcAnalysis");
	}

	@SuppressWarnings("unchecked")
	private static double revenueOf(Map<String, Object> report, String accountId) {
		return ((List<Map<String, Object>>) report.get("entries")).stream()
			.filter(e -> accountId.equals(((Map<String, Object>) e.get("account")).get("id")))
			.map(e -> ((Number) e.get("revenue")).doubleValue())
			.findFirst()
			.orElseThrow();
	}

	private void assertRefused(List<Case> cases) {
		List<Object> before = GraphFingerprint.take();
		List<String> failures = new ArrayList<>();
		for (Case c : cases) {
			RawGraphQl.Answer answer = this.raw.send(c.body());
			boolean refused = answer.status() == 200 && !answer.errors().isEmpty()
					&& answer.classifications().stream().allMatch("BAD_REQUEST"::equals)
					&& answer.messages().stream().anyMatch(m -> m.contains(c.expected()));
			if (!refused) {
				failures.add(c.name() + ": HTTP " + answer.status() + " " + answer.body());
			}
		}
		assertThat(failures).isEmpty();
		assertThat(GraphFingerprint.take()).isEqualTo(before);
		assertServiceAnswers();
	}

	private void assertServiceAnswers() {
		this.graphQl.document("{ accounts(first: 1) { totalCount } }")
			.execute()
			.path("accounts.totalCount")
			.entity(Integer.class)
			.isEqualTo(16);
	}

	private static String aliases(int n, String field) {
		StringBuilder s = new StringBuilder("{");
		for (int i = 0; i < n; i++) {
			s.append(" a").append(i).append(": ").append(field);
		}
		return s.append(" }").toString();
	}

	private static String rootFields(int n) {
		StringBuilder s = new StringBuilder("{");
		for (int i = 0; i < n; i++) {
			s.append(" r").append(i).append(": channels { id }");
		}
		return s.append(" }").toString();
	}

	private static String operations(int n) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < n; i++) {
			s.append("query q").append(i).append(" { channels { id } } ");
		}
		return s.toString();
	}

	/** {@code levels} more object levels under an account: people { account { people { ... } } }. */
	private static String nested(int levels) {
		StringBuilder open = new StringBuilder();
		StringBuilder close = new StringBuilder();
		for (int i = 0; i < levels; i++) {
			open.append(i % 2 == 0 ? "{ people " : "{ account ");
			close.append(" }");
		}
		return open + "{ id }" + close;
	}

	/** Each fragment spreads the next one twice: 2^n fields once unfolded. */
	private static String fragmentBomb(int n) {
		StringBuilder s = new StringBuilder("{ channels { ...f0 } }");
		for (int i = 0; i < n; i++) {
			s.append(" fragment f").append(i).append(" on Channel { ...f").append(i + 1).append(" a").append(i)
				.append(": name ...f").append(i + 1).append(" }");
		}
		s.append(" fragment f").append(n).append(" on Channel { id }");
		return s.toString();
	}

}
