package org.guanxi.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.RawGraphQl;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests the limits must let through: every GraphQL example of the README and the dashboards a team
 * builds (a page of 50 accounts with people and owners; the decision chain, influence ranking and warm paths of
 * one account; every whole-book report on its own; the schema by introspection), on the demo book.
 */
class LegitimateRequestTests extends GraphQlTestBase {

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	@LocalServerPort
	private int port;

	@Autowired
	private GraphQlSource source;

	@Autowired
	private GraphQlLimits limits;

	private RawGraphQl raw;

	@BeforeEach
	void demoBook() {
		TestNeo4j.load("cypher/demo/demo-data.cypher");
		this.raw = new RawGraphQl(this.port, this.token);
	}

	@Test
	void everyReadmeExampleIsWithinTheLimits() throws IOException {
		List<String> operations = readmeOperations();
		assertThat(operations).hasSizeGreaterThan(8);
		List<String> refused = new ArrayList<>();
		for (String operation : operations) {
			RawGraphQl.Answer answer = this.raw.post(operation);
			boolean limited = answer.errors().stream().anyMatch(e -> e.get("extensions") instanceof Map<?, ?> x && x.containsKey("limit"));
			if (answer.status() != 200 || limited || answer.classifications().contains("INTERNAL_ERROR")) {
				refused.add(operation + " -> " + answer.body());
			}
		}
		assertThat(refused).isEmpty();
	}

	@Test
	void dashboardsAreAnsweredInFullAndWellInsideTheBudget() {
		Map<String, String> dashboards = Map.of("accounts", """
				{ accounts(first: 50) { totalCount edges { node { id name lifecycle revenue abcClass
				    owners { id name } people { id name title level buyingRoles decisionWeight insider } } }
				  pageInfo { hasNextPage endCursor } } }""", "one account", """
				{ decisionChain(accountId: "acc-shunda") {
				    roles { role people { name decisionWeight } } members { person { name } relationship }
				    insiders { name } insiderCandidates { person { name } score reasons }
				    reportingTree { person { name } depth managerId directReports } coverage { wide high deep gaps } }
				  influenceRanking(accountId: "acc-shunda", limit: 10) { rank score person { name }
				    explanation { ownWeightShare sources { person { name } share } } }
				  warmIntroPaths(fromRepId: "rep-li-na", toPersonId: "p-song-wenbin", maxHops: 4, limit: 3) {
				    strength hops nodes { id name } } }""", "abc", """
				{ abcAnalysis { totalRevenue entries { account { id name } revenue share cumulativeShare abcClass }
				  summary { abcClass accounts accountShare revenue revenueShare targetAccountShare } } }""", "overdue",
				"{ overdueAccounts { account { id name } abcClass lastVisitAt daysSinceLastVisit allowedDays overdueDays } }",
				"follow-ups", "{ followUpsDue { account { name } reason dueAt deadline overdue deal { name } } }",
				"referrals", """
				{ referralSourceReport(groupBy: SOURCE, first: 1000) { key kind leads converted revenue }
				  topReferrers(first: 100) { source { id name } totalRevenue } }""", "introspection", INTROSPECTION);
		for (Map.Entry<String, String> dashboard : dashboards.entrySet()) {
			RawGraphQl.Answer answer = this.raw.post(dashboard.getValue());
			assertThat(answer.errors()).as(dashboard.getKey()).isEmpty();
			long cost = cost(dashboard.getValue());
			assertThat(cost).as(dashboard.getKey() + " costs " + cost).isLessThan(this.limits.maxCost() / 4);
		}
		RawGraphQl.Answer accounts = this.raw.post(dashboards.get("accounts"));
		@SuppressWarnings("unchecked")
		Map<String, Object> page = (Map<String, Object>) ((Map<String, Object>) accounts.data()).get("accounts");
		assertThat(page.get("totalCount")).isEqualTo(16);
		assertThat((List<?>) page.get("edges")).hasSize(16);
	}

	private long cost(String document) {
		Document parsed = Parser.parse(document);
		OperationDefinition operation = parsed.getDefinitionsOfType(OperationDefinition.class).get(0);
		return QueryCost.of(operation, this.source.schema(), this.limits, graphql.execution.CoercedVariables.emptyVariables(),
				Map.of());
	}

	/** The README's GraphQL examples, one operation each (a block with a query and a mutation gives two). */
	private static List<String> readmeOperations() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		List<String> operations = new ArrayList<>();
		Matcher block = GRAPHQL_BLOCK.matcher(readme);
		while (block.find()) {
			String text = block.group(1).strip();
			int mutation = text.indexOf("\nmutation");
			if (mutation > 0) {
				operations.add(text.substring(0, mutation));
				operations.add(text.substring(mutation + 1));
			}
			else {
				operations.add(text);
			}
		}
		return operations;
	}

	private static final String INTROSPECTION = """
			query IntrospectionQuery {
			  __schema {
			    queryType { name } mutationType { name } subscriptionType { name }
			    types { ...FullType }
			    directives { name description locations args { ...InputValue } }
			  }
			}
			fragment FullType on __Type {
			  kind name description
			  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
			  inputFields { ...InputValue }
			  interfaces { ...TypeRef }
			  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
			  possibleTypes { ...TypeRef }
			}
			fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
			fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType {
			  kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
			""";

}
