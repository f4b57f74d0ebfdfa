package org.guanxi.stakeholder.chain;

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
import static org.assertj.core.api.Assertions.within;

class DecisionChainGraphQlTests extends GraphQlTestBase {

	/** acc-1 of fixtures/decision-chain.cypher, computed independently. */
	private static final Map<String, Double> ACC_1 = new ReferencePageRank().person("p1", 0.5)
		.person("p2", 0.2)
		.person("p3", 0.1)
		.person("p4", 0.0)
		.person("p5", 0.2)
		.person("p6", 0.0)
		.reportsTo("p2", "p1")
		.reportsTo("p3", "p2")
		.reportsTo("p5", "p2")
		.reportsTo("p4", "p3")
		.influences("p2", "p1", 0.8)
		.influences("p3", "p2", 0.4)
		.influences("p6", "p5", 0.3)
		.scores();

	@Autowired
	private Cypher cypher;

	@BeforeEach
	void fixture() {
		TestNeo4j.load("fixtures/decision-chain.cypher");
	}

	@Test
	void decisionChainOfAnAccount() {
		var chain = this.graphQl.documentName("decisionChain").variable("accountId", "acc-1").execute();
		chain.path("decisionChain.account.name").entity(String.class).isEqualTo("Eastern Bus Group");
		chain.path("decisionChain.roles[*].role")
			.entityList(String.class)
			.containsExactly("GATEKEEPER", "USER", "BUYER", "DECIDER", "INFLUENCER", "EVALUATOR");
		chain.path("decisionChain.roles[1].people[*].id").entityList(String.class).containsExactly("p3", "p4", "p6");
		chain.path("decisionChain.members[*].person.id")
			.entityList(String.class)
			.containsExactly("p1", "p2", "p5", "p3", "p4", "p6");
		chain.path("decisionChain.members[*].relationship")
			.entityList(String.class)
			.containsExactly("OUTSIDER", "FRIEND", "OUTSIDER", "SUPPLIER", "PARTNER", "FRIEND");
		chain.path("decisionChain.members[0].person.influenceScore")
			.entity(Double.class)
			.satisfies(s -> assertThat(s).isCloseTo(ACC_1.get("p1"), within(1e-9)));
		chain.path("decisionChain.insiders[*].id").entityList(String.class).containsExactly("p4");
		chain.path("decisionChain.insiderCandidates[*].person.id").entityList(String.class).containsExactly("p6", "p3");
		chain.path("decisionChain.insiderCandidates[0].score")
			.entity(Double.class)
			.satisfies(s -> assertThat(s).isCloseTo(0.5 + 0.5 * 2 / 3, within(1e-12)));
		chain.path("decisionChain.insiderCandidates[0].reasons")
			.entityList(String.class)
			.containsExactly("level 5: 2 or more steps below the top, not senior",
					"relationship FRIEND: not an outsider to us",
					"well connected: tied to 2 people of the account (0 by reporting lines, 1 by influence, 1 socially)",
					"not a DECIDER: no conflict of interest with the deciders");
		chain.path("decisionChain.reportingTree[*].person.id")
			.entityList(String.class)
			.containsExactly("p1", "p2", "p5", "p3", "p4", "p6");
		chain.path("decisionChain.reportingTree[*].depth").entityList(Integer.class).containsExactly(0, 1, 2, 2, 3, 0);
		chain.path("decisionChain.reportingTree[2].managerId").entity(String.class).isEqualTo("p2");
		chain.path("decisionChain.reportingTree[1].directReports").entity(Integer.class).isEqualTo(2);
		chain.path("decisionChain.coverage.wide")
			.entity(Double.class)
			.satisfies(w -> assertThat(w).isCloseTo(4.0 / 6, within(1e-12)));
		chain.path("decisionChain.coverage.high").entity(Integer.class).isEqualTo(2);
		chain.path("decisionChain.coverage.deep")
			.entity(Double.class)
			.satisfies(d -> assertThat(d).isCloseTo(0.3, within(1e-12)));
		chain.path("decisionChain.coverage.gaps")
			.entityList(String.class)
			.containsExactly("BUYER held only by outsiders: Sun Li", "DECIDER held only by outsiders: Wang Qiang");
	}

	@Test
	void decisionChainIsLoadedWithAFewQueries() {
		long before = this.cypher.issuedQueries();
		var chain = this.graphQl.documentName("decisionChain").variable("accountId", "acc-1").execute();
		// the graph, the relationship classes, and the influence scores of all members
		assertThat(this.cypher.issuedQueries() - before).isEqualTo(3);
		chain.errors().verify().path("decisionChain.members[*].person.id")
			.entityList(String.class)
			.containsExactly("p1", "p2", "p5", "p3", "p4", "p6");
	}

	@Test
	void decisionChainOfAnAccountWithoutPeople() {
		var chain = this.graphQl.documentName("decisionChain").variable("accountId", "acc-empty").execute();
		chain.path("decisionChain.roles").entityList(Object.class).hasSize(0);
		chain.path("decisionChain.members").entityList(Object.class).hasSize(0);
		chain.path("decisionChain.insiders").entityList(Object.class).hasSize(0);
		chain.path("decisionChain.insiderCandidates").entityList(Object.class).hasSize(0);
		chain.path("decisionChain.reportingTree").entityList(Object.class).hasSize(0);
		chain.path("decisionChain.coverage.wide").entity(Double.class).isEqualTo(0.0);
		chain.path("decisionChain.coverage.high").valueIsNull();
		chain.path("decisionChain.coverage.deep").entity(Double.class).isEqualTo(0.0);
		chain.path("decisionChain.coverage.gaps").entityList(String.class).containsExactly("no insider");
		this.graphQl.documentName("influenceRanking")
			.variable("accountId", "acc-empty")
			.execute()
			.path("influenceRanking")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void coverageWhenWeAreOutsidersToEveryone() {
		var chain = this.graphQl.documentName("decisionChain").variable("accountId", "acc-star").execute();
		chain.path("decisionChain.coverage.high").valueIsNull();
		chain.path("decisionChain.coverage.wide").entity(Double.class).isEqualTo(0.0);
		chain.path("decisionChain.coverage.deep").entity(Double.class).isEqualTo(0.0);
		chain.path("decisionChain.coverage.gaps")
			.entityList(String.class)
			.containsExactly("DECIDER held only by outsiders: Dong", "INFLUENCER held only by outsiders: Lan, Liu, Lu",
					"no insider");
		chain.path("decisionChain.insiderCandidates").entityList(Object.class).hasSize(0);
	}

	@Test
	void influenceRankingMatchesTheDefinition() {
		var ranking = this.graphQl.documentName("influenceRanking").variable("accountId", "acc-1").execute();
		List<String> expectedOrder = ACC_1.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
		ranking.path("influenceRanking[*].person.id").entityList(String.class).isEqualTo(expectedOrder);
		ranking.path("influenceRanking[*].rank").entityList(Integer.class).containsExactly(1, 2, 3, 4, 5, 6);
		for (int i = 0; i < expectedOrder.size(); i++) {
			double expected = ACC_1.get(expectedOrder.get(i));
			ranking.path("influenceRanking[" + i + "].score")
				.entity(Double.class)
				.satisfies(s -> assertThat(s).isCloseTo(expected, within(1e-9)));
			ranking.path("influenceRanking[" + i + "].person.influenceScore")
				.entity(Double.class)
				.satisfies(s -> assertThat(s).isCloseTo(expected, within(1e-9)));
		}
		ranking.path("influenceRanking[*].score")
			.entityList(Double.class)
			.satisfies(scores -> assertThat(scores.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
					within(1e-9)));
		this.graphQl.documentName("influenceRanking")
			.variable("accountId", "acc-1")
			.variable("limit", 2)
			.execute()
			.path("influenceRanking[*].person.id")
			.entityList(String.class)
			.isEqualTo(expectedOrder.subList(0, 2));
	}

	@Test
	void influenceOfTheStarIsExplained() {
		var ranking = this.graphQl.documentName("influenceRanking").variable("accountId", "acc-star").execute();
		// by hand: Dong 20/37, Lan and Lu 6.8/37 (by name), Liu 3.4/37
		ranking.path("influenceRanking[*].person.name").entityList(String.class).containsExactly("Dong", "Lan", "Lu", "Liu");
		ranking.path("influenceRanking[0].score")
			.entity(Double.class)
			.satisfies(s -> assertThat(s).isCloseTo(20.0 / 37, within(1e-9)));
		ranking.path("influenceRanking[3].score")
			.entity(Double.class)
			.satisfies(s -> assertThat(s).isCloseTo(3.4 / 37, within(1e-9)));
		ranking.path("influenceRanking[0].explanation.ownWeightShare")
			.entity(Double.class)
			.satisfies(s -> assertThat(s).isCloseTo(1.0, within(1e-9)));
		ranking.path("influenceRanking[0].explanation.sources").entityList(Object.class).hasSize(0);
		ranking.path("influenceRanking[1].explanation.ownWeightShare").entity(Double.class).isEqualTo(0.0);
		ranking.path("influenceRanking[1].explanation.sources[0].person.id").entity(String.class).isEqualTo("s-d");
		ranking.path("influenceRanking[1].explanation.sources[0].share")
			.entity(Double.class)
			.satisfies(s -> assertThat(s).isCloseTo(1.0, within(1e-9)));
	}

	@Test
	void warmIntroPathsBestFirst() {
		var paths = intro("rep-1", "p1", null, null);
		paths.path("warmIntroPaths[*].strength")
			.entityList(Double.class)
			.satisfies(s -> assertThat(s).usingComparatorForType((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b), Double.class)
				.containsExactly(0.81, 0.72, 0.6));
		paths.path("warmIntroPaths[*].hops").entityList(Integer.class).containsExactly(3, 2, 2);
		paths.path("warmIntroPaths[0].nodes[*].id").entityList(String.class).containsExactly("rep-1", "x-1", "rep-2", "p1");
		paths.path("warmIntroPaths[0].nodes[*].__typename")
			.entityList(String.class)
			.containsExactly("SalesRep", "Person", "SalesRep", "Person");
		paths.path("warmIntroPaths[0].nodes[1].influenceScore").valueIsNull();
		paths.path("warmIntroPaths[0].nodes[2].team").entity(String.class).isEqualTo("Fleet East");
		paths.path("warmIntroPaths[0].nodes[3].influenceScore")
			.entity(Double.class)
			.satisfies(s -> assertThat(s).isCloseTo(ACC_1.get("p1"), within(1e-9)));
		paths.path("warmIntroPaths[2].nodes[*].id").entityList(String.class).containsExactly("rep-1", "p2", "p1");
		// rep-1 -0.9- x-1 -1.0- rep-2 -0.9- p1 (0.9 x 1.0 x 0.9 = 0.81), and rep-1 -0.6- p2 -1.0- p1
		paths.path("warmIntroPaths[0].tieStrengths").entityList(Double.class).containsExactly(0.9, 1.0, 0.9);
		paths.path("warmIntroPaths[2].tieStrengths").entityList(Double.class).containsExactly(0.6, 1.0);

		intro("rep-1", "p1", 6, 10).path("warmIntroPaths[*].hops")
			.entityList(Integer.class)
			.containsExactly(3, 2, 2, 1, 4, 3, 4);
		intro("rep-1", "p1", 2, 10).path("warmIntroPaths[*].hops").entityList(Integer.class).containsExactly(2, 2, 1);
		intro("rep-1", "p1", 99, 100).path("warmIntroPaths").entityList(Object.class).hasSize(7);
	}

	@Test
	void noWarmPathIsAnEmptyList() {
		intro("rep-1", "p3", 4, 3).path("warmIntroPaths").entityList(Object.class).hasSize(0);
		intro("rep-1", "s-d", 6, 3).path("warmIntroPaths").entityList(Object.class).hasSize(0);
	}

	@Test
	void unknownIdsAreNotFound() {
		notFound(this.graphQl.documentName("decisionChain").variable("accountId", "nope").execute(), "'nope'");
		notFound(this.graphQl.documentName("influenceRanking").variable("accountId", "nope").execute(), "'nope'");
		notFound(intro("rep-x", "p1", null, null), "Sales rep 'rep-x'");
		notFound(intro("rep-1", "p-x", null, null), "Person 'p-x'");
	}

	@Test
	void badArgumentsAreBadRequests() {
		badRequest(intro("rep-1", "p1", 0, null), "maxHops must be 1 or more");
		badRequest(intro("rep-1", "p1", null, 0), "limit must be 1 or more");
		badRequest(this.graphQl.documentName("influenceRanking").variable("accountId", "acc-1").variable("limit", 0).execute(),
				"limit must be 1 or more");
	}

	private GraphQlTester.Response intro(String from, String to, Integer maxHops, Integer limit) {
		var request = this.graphQl.documentName("warmIntroPaths").variable("from", from).variable("to", to);
		if (maxHops != null) {
			request = request.variable("maxHops", maxHops);
		}
		if (limit != null) {
			request = request.variable("limit", limit);
		}
		return request.execute();
	}

	private static void notFound(GraphQlTester.Response response, String message) {
		GraphQlErrors.assertFails(response, ErrorType.NOT_FOUND, message);
	}

	private static void badRequest(GraphQlTester.Response response, String message) {
		GraphQlErrors.assertFails(response, ErrorType.BAD_REQUEST, message);
	}

}
