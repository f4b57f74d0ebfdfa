package org.guanxi.bench;

import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.guanxi.GuanxiApplication;
import org.guanxi.core.Visibility;
import org.guanxi.graph.CypherScript;
import org.guanxi.stakeholder.chain.DecisionChainService;
import org.guanxi.stakeholder.RelationshipClassifier;
import org.guanxi.stakeholder.chain.InfluenceService;
import org.guanxi.stakeholder.chain.InfluenceSettings;
import org.guanxi.stakeholder.chain.internal.DecisionGraph;
import org.guanxi.stakeholder.chain.internal.DecisionGraphs;
import org.guanxi.stakeholder.chain.internal.Influence;
import org.guanxi.team.IntroPath;
import org.guanxi.team.WarmIntroService;
import org.guanxi.support.TestNeo4j;
import org.neo4j.driver.Session;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark (not a test) of the decision-chain analytics on generated data: an account of 500 people with about
 * 5,000 influence and reporting ties, and a social graph of 100,000 people with about 500,000 KNOWS ties.
 * Prints the median and 90th percentile server-side times of influenceRanking and decisionChain (as a service
 * call and as a whole GraphQL execution, without HTTP), and of warmIntroPaths with maxHops 4 between random
 * reps and people.
 * <p>
 * Run: {@code ./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.guanxi.bench.DecisionChainBenchmark
 * -Dexec.classpathScope=test}. Optional system properties: {@code bench.socialPeople} (100000),
 * {@code bench.rounds} (50).
 */
public final class DecisionChainBenchmark {

	private static final String RANKING = """
			query($id: ID!) { influenceRanking(accountId: $id, limit: 10) {
			  rank score person { id name } explanation { ownWeightShare sources { person { id } share } } } }""";

	private static final String CHAIN = """
			query($id: ID!) { decisionChain(accountId: $id) {
			  roles { role people { id } } insiders { id } insiderCandidates { person { id } score reasons }
			  reportingTree { person { id } depth managerId } coverage { wide high deep gaps } } }""";

	private static final String INTRO = """
			query($from: ID!, $to: ID!) { warmIntroPaths(fromRepId: $from, toPersonId: $to, maxHops: 4, limit: 3) {
			  strength hops nodes { id name } } }""";

	/** CPU time of the whole process (app and in-process Neo4j): a proxy for the time on an idle machine. */
	private static final com.sun.management.OperatingSystemMXBean CPU = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private DecisionChainBenchmark() {
	}

	public static void main(String[] args) {
		int socialPeople = Integer.getInteger("bench.socialPeople", 100_000);
		int rounds = Integer.getInteger("bench.rounds", 50);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GuanxiApplication.class)
			.properties("spring.neo4j.uri=" + TestNeo4j.boltUri(), "spring.neo4j.authentication.username=neo4j",
					"spring.neo4j.authentication.password=unused", "guanxi.embedded.enabled=false",
					"guanxi.demo-data.enabled=false", "server.port=0", "logging.level.root=WARN")
			.run()) {
			// after the start: the schema (unique ids, indexes) is in place
			long start = System.nanoTime();
			generate(socialPeople);
			System.out.printf("data generated in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, counts());
			InfluenceService influence = app.getBean(InfluenceService.class);
			DecisionChainService chains = app.getBean(DecisionChainService.class);
			WarmIntroService intros = app.getBean(WarmIntroService.class);
			ExecutionGraphQlService graphQl = app.getBean(ExecutionGraphQlService.class);

			DecisionGraphs graphs = app.getBean(DecisionGraphs.class);
			RelationshipClassifier classifier = app.getBean(RelationshipClassifier.class);
			TransactionTemplate readOnly = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
			readOnly.setReadOnly(true);
			report("  part: load the influence graph", rounds,
					() -> readOnly.execute(status -> graphs.influence(List.of("bench-acc"))));
			report("  part: load the whole decision graph", rounds,
					() -> readOnly.execute(status -> graphs.all(List.of("bench-acc"))));
			String graphQuery = app.getBean(org.guanxi.graph.Cypher.class).text("stakeholder/decisionGraphs");
			Map<String, Object> graphParameters = Map.of("accountIds", List.of("bench-acc"), "tieTypes",
					List.of("INFLUENCES", "REPORTS_TO"));
			report("  part: the graph query on the raw driver", rounds, () -> {
				try (Session session = TestNeo4j.driver().session()) {
					return session.run(graphQuery, graphParameters).list();
				}
			});
			if (Boolean.getBoolean("bench.profile")) {
				try (Session session = TestNeo4j.driver().session()) {
					var summary = session.run("PROFILE " + graphQuery, graphParameters).consume();
					System.out.println(summary.profile());
				}
			}
			report("  part: classify the 500 people", rounds,
					() -> readOnly.execute(status -> classifier.classifyPeopleOf("bench-acc")));
			DecisionGraph graph = graphs.influence(List.of("bench-acc")).get("bench-acc");
			report("  part: PageRank in memory", rounds, () -> Influence.rank(graph, InfluenceSettings.defaults()));
			report("influenceRanking (service)", rounds, () -> influence.ranking("bench-acc", 10));
			report("influenceRanking (GraphQL)", rounds, () -> execute(graphQl, RANKING, Map.of("id", "bench-acc")));
			report("decisionChain (service)", rounds, () -> chains.decisionChain("bench-acc"));
			report("decisionChain (GraphQL)", rounds, () -> execute(graphQl, CHAIN, Map.of("id", "bench-acc")));
			// the visibility rule: the same calls as a MANAGER of every rep, alternating with ADMIN calls; bench-acc
			// has no owner, the dearest case of the predicate (both of its subqueries run)
			org.guanxi.graph.Cypher cypher = app.getBean(org.guanxi.graph.Cypher.class);
			Visibility manager = new Visibility(false,
					java.util.stream.IntStream.range(0, 50).mapToObj(r -> "bench-rep-" + r).toList(), true);
			VisibilityCost.compare("influenceRanking (service)", rounds, cypher, manager,
					i -> influence.ranking("bench-acc", 10));
			VisibilityCost.compare("decisionChain (service)", rounds, cypher, manager,
					i -> chains.decisionChain("bench-acc"));
			VisibilityCost.compare("decisionChain (GraphQL)", rounds, cypher, manager,
					i -> execute(graphQl, CHAIN, Map.of("id", "bench-acc")));

			Random random = new Random(1);
			int[] found = new int[1];
			report("warmIntroPaths maxHops 4 (service)", rounds * 2, () -> {
				List<IntroPath> paths = intros.paths("bench-rep-" + random.nextInt(50),
						"s-" + random.nextInt(socialPeople), 4, 3);
				found[0] += paths.isEmpty() ? 0 : 1;
				return paths;
			});
			System.out.printf("  (%d of %d searches, warm-up included, found a path)%n", found[0], rounds * 2 + 10);
			report("warmIntroPaths maxHops 4 (GraphQL)", rounds * 2, () -> execute(graphQl, INTRO,
					Map.of("from", "bench-rep-" + random.nextInt(50), "to", "s-" + random.nextInt(socialPeople))));
		}
		System.exit(0);
	}

	private static Object execute(ExecutionGraphQlService graphQl, String document, Map<String, Object> variables) {
		ExecutionGraphQlResponse response = graphQl
			.execute(new DefaultExecutionGraphQlRequest(document, null, variables, null, "bench", null))
			.block();
		if (response == null || !response.getErrors().isEmpty()) {
			throw new IllegalStateException("GraphQL errors: " + (response == null ? "none" : response.getErrors()));
		}
		return response.getData();
	}

	private static void report(String what, int rounds, Supplier<Object> call) {
		for (int i = 0; i < 20; i++) {
			call.get();
		}
		double[] millis = new double[rounds];
		double[] cpu = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long c = CPU.getProcessCpuTime();
			long t = System.nanoTime();
			call.get();
			millis[i] = (System.nanoTime() - t) / 1e6;
			cpu[i] = (CPU.getProcessCpuTime() - c) / 1e6;
		}
		Arrays.sort(millis);
		Arrays.sort(cpu);
		System.out.printf("%-42s median %7.1f ms  p90 %7.1f ms  min %6.1f ms | CPU median %6.1f ms  (%d rounds)%n",
				what, millis[rounds / 2], millis[(int) (rounds * 0.9)], millis[0], cpu[rounds / 2], rounds);
	}

	private static void generate(int socialPeople) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("people", 500);
		parameters.put("influences", 4501);
		parameters.put("interactions", 1000);
		parameters.put("now", OffsetDateTime.now());
		parameters.put("socialPeople", socialPeople);
		parameters.put("knowsPerPerson", 5);
		parameters.put("reps", 50);
		parameters.put("repTies", 20);
		TestNeo4j.cleanBook();
		List<String> statements = new ArrayList<>(
				CypherScript.statements(new ClassPathResource("bench/decision-chain-data.cypher")));
		try (Session session = TestNeo4j.driver().session()) {
			for (String statement : statements) {
				session.run(statement, parameters).consume();
			}
		}
	}

	private static String counts() {
		return "people " + TestNeo4j.count("MATCH (p:Person) RETURN count(p)") + ", account ties "
				+ TestNeo4j.count("MATCH (:Person {id: 'b-0'})-[:WORKS_AT]->(a) MATCH (p)-[:WORKS_AT]->(a) "
						+ "MATCH (p)-[r:INFLUENCES|REPORTS_TO]->() RETURN count(r)")
				+ ", KNOWS " + TestNeo4j.count("MATCH ()-[k:KNOWS]->() RETURN count(k)");
	}

}
