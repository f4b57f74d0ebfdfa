package org.guanxi.graph;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.guanxi.bulk.BookGenerator;
import org.guanxi.bulk.BookOptions;
import org.guanxi.bulk.BulkImporter;
import org.guanxi.bulk.ImportOptions;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cost regression guard: runs the analytics through GraphQL on a fixed generated book, profiles every named
 * query they issued (with the parameters they were issued with) and fails when a query's database hits grow
 * more than 20% over the figure recorded in {@code src/test/resources/query-costs.properties}, so that a
 * change that loses an index or a good plan shows up in review. After a deliberate change, record the figures
 * again with {@code ./mvnw test -Dtest=QueryCostTests -Dguanxi.query-costs.record=true} and commit the file.
 */
class QueryCostTests extends GraphQlTestBase {

	static final Path FIGURES = Path.of("src", "test", "resources", "query-costs.properties");

	static final double ALLOWED_GROWTH = 1.2;

	private static final Pattern WRITES = Pattern.compile("\\b(CREATE|MERGE|SET|DELETE|REMOVE)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final String[] OPERATIONS = {
			"{ decisionChain(accountId: \"acc-000003\") { roles { role people { id } } insiders { id } "
					+ "insiderCandidates { person { id } score } reportingTree { person { id } depth } "
					+ "coverage { wide high deep gaps } members { person { id influenceScore } relationship } } }",
			"{ influenceRanking(accountId: \"acc-000003\", limit: 5) { rank score person { id } "
					+ "explanation { ownWeightShare sources { person { id } share } } } }",
			"{ warmIntroPaths(fromRepId: \"rep-001\", toPersonId: \"p-000040-02\", maxHops: 3) { strength hops "
					+ "nodes { id } } }",
			// nextStep needs the relationship view (the class alone is read from the halves)
			"{ relationships(accountId: \"acc-000003\") { totalCount edges { node { id relationship "
					+ "{ classification nextStep } } } } }",
			"{ relationships(repId: \"rep-002\") { totalCount } relationshipMix(repId: \"rep-002\") "
					+ "{ classification count } }",
			"{ relationshipChanges(from: \"2026-01-01\", to: \"2026-11-23\") { __typename } }",
			"{ referralChain(accountId: \"acc-000120\") { depth nodes { id } root { id } } }",
			"{ referralTree(sourceId: \"org-0001\", maxDepth: 4) { totalReferrals totalRevenue nodes { node { id } "
					+ "depth revenue } } }",
			"{ referralSourceReport(groupBy: SOURCE) { key leads converted revenue } }",
			"{ referralSourceReport(from: \"2026-01-01\", to: \"2026-11-23\", groupBy: KIND) { key leads } }",
			"{ topReferrers(first: 5) { directReferrals totalRevenue source { __typename } } }",
			"{ referralAskList(repId: \"rep-001\", first: 5) { reach ties person { id } } }",
			"{ abcAnalysis { totalRevenue entries { account { id name } revenue abcClass } } }",
			"{ overdueAccounts(asOf: \"2026-11-23\") { account { id } abcClass lastVisitAt } }",
			"{ overdueAccounts(asOf: \"2026-11-23\", repId: \"rep-001\") { account { id } overdueDays } }",
			"{ visitPlan(month: \"2026-11\") { account { id } visitsDone visitsRequired } }",
			"{ followUpsDue(asOf: \"2026-11-23\") { account { id } reason dueAt } }",
			"{ funnel(from: \"2026-01-01\", to: \"2026-11-23\", groupBy: REP) { total winRate } }",
			"{ funnel(groupBy: LEAD_SOURCE_KIND) { total groups { key total } } }" };

	@Autowired
	BulkImporter importer;

	@Autowired
	Cypher cypher;

	@Test
	void everyAnalyticsQueryCostsAtMostTwentyPercentMoreDatabaseHitsThanRecorded() throws Exception {
		this.importer.importFrom(new BookGenerator(BookOptions.of(150, 7, LocalDate.of(2026, 11, 23))).toSource(),
				ImportOptions.DEFAULT);
		TestNeo4j.run("CALL db.awaitIndexes(120)");
		Map<String, Map<String, Object>> issued = new LinkedHashMap<>();
		try (AutoCloseable listening = this.cypher
			.listen((name, parameters) -> issued.putIfAbsent(name, new LinkedHashMap<>(parameters)))) {
			for (String operation : OPERATIONS) {
				this.graphQl.document(operation).execute().errors().verify();
			}
		}
		Map<String, Long> measured = new TreeMap<>();
		issued.forEach((name, parameters) -> {
			String text = this.cypher.text(name);
			if (!WRITES.matcher(text).find()) {
				try {
					measured.put(name, dbHits(text, parameters));
				}
				catch (RuntimeException ex) {
					throw new AssertionError("PROFILE of " + name + " failed: " + ex.getMessage(), ex);
				}
			}
		});
		assertThat(measured).as("profiled queries").containsKeys("stakeholder/decisionGraphs", "tiering/wonRevenue",
				"referral/reportBySourceAll", "tiering/lastVisits");

		if (Boolean.getBoolean("guanxi.query-costs.record")) {
			record(measured);
			return;
		}
		Properties recorded = recorded();
		List<String> problems = new ArrayList<>();
		measured.forEach((name, hits) -> {
			String figure = recorded.getProperty(name);
			if (figure == null) {
				problems.add(name + ": " + hits + " db hits, no recorded figure");
			}
			else if (hits > Long.parseLong(figure) * ALLOWED_GROWTH) {
				problems.add(name + ": " + hits + " db hits, recorded " + figure + " (+"
						+ Math.round(100.0 * (hits - Long.parseLong(figure)) / Long.parseLong(figure)) + "%)");
			}
		});
		assertThat(problems).as("queries costlier than recorded in " + FIGURES
				+ " (if intended, record again: ./mvnw test -Dtest=QueryCostTests -Dguanxi.query-costs.record=true)")
			.isEmpty();
	}

	private static long dbHits(String text, Map<String, Object> parameters) {
		try (Session session = TestNeo4j.driver().session()) {
			Result result = session.run("PROFILE " + text, plain(parameters));
			result.list();
			ProfiledPlan plan = result.consume().profile();
			return total(plan);
		}
	}

	private static long total(ProfiledPlan plan) {
		long hits = plan.dbHits();
		for (ProfiledPlan child : plan.children()) {
			hits += total(child);
		}
		return hits;
	}

	/** Parameters as the driver takes them (enums by name, as Spring Data Neo4j sends them). */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> plain(Map<String, Object> parameters) {
		return (Map<String, Object>) plainValue(parameters);
	}

	private static Object plainValue(Object value) {
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), plainValue(v)));
			return copy;
		}
		if (value instanceof Iterable<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(v -> copy.add(plainValue(v)));
			return copy;
		}
		return value;
	}

	private static Properties recorded() throws IOException {
		Properties properties = new Properties();
		if (Files.exists(FIGURES)) {
			try (Reader reader = Files.newBufferedReader(FIGURES, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		return properties;
	}

	private static void record(Map<String, Long> measured) throws IOException {
		try (Writer writer = Files.newBufferedWriter(FIGURES, StandardCharsets.UTF_8)) {
			writer.write("# Database hits of each named analytics query on the fixture of QueryCostTests (a generated\n"
					+ "# book of 150 accounts, seed 7). QueryCostTests fails when a query needs more than 20% more.\n"
					+ "# Record again: ./mvnw test -Dtest=QueryCostTests -Dguanxi.query-costs.record=true\n");
			for (Map.Entry<String, Long> entry : measured.entrySet()) {
				writer.write(entry.getKey() + "=" + entry.getValue() + "\n");
			}
		}
	}

}
