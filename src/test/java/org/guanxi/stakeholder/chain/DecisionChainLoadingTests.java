package org.guanxi.stakeholder.chain;

import java.util.List;
import java.util.Map;

import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.chain.internal.DecisionGraph;
import org.guanxi.stakeholder.chain.internal.DecisionGraphs;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the decision chain is computed from: the ties loaded between people of the account (and no others), and
 * our relationship classes derived from evidence, worked out by hand.
 */
class DecisionChainLoadingTests extends GraphQlTestBase {

	@Autowired
	private DecisionGraphs graphs;

	@Test
	void onlyTiesBetweenTwoPeopleOfTheAccount() {
		TestNeo4j.load("fixtures/decision-chain.cypher");
		// to a person of another account, to a person without account, from a person of another account: left out;
		// a self-tie: kept
		TestNeo4j.run("""
				MATCH (p1:Person {id: 'p1'}), (p3:Person {id: 'p3'}), (p6:Person {id: 'p6'}), (d:Person {id: 's-d'}),
				      (l1:Person {id: 's-l1'}), (x:Person {id: 'x-1'})
				CREATE (p3)-[:INFLUENCES {weight: 0.9}]->(d), (p6)-[:KNOWS {strength: 0.5}]->(x),
				       (l1)-[:INFLUENCES {weight: 0.7}]->(p1), (p1)-[:INFLUENCES {weight: 0.2}]->(p1)""");
		Map<String, DecisionGraph> all = this.graphs.all(List.of("acc-1", "acc-star", "acc-empty", "acc-nope"));
		assertThat(all).containsOnlyKeys("acc-1", "acc-star", "acc-empty");
		assertThat(all.get("acc-1").people()).extracting(Person::id)
			.containsExactly("p1", "p2", "p3", "p4", "p5", "p6");
		assertThat(ties(all.get("acc-1"))).containsExactlyInAnyOrder("p2 REPORTS_TO p1 0.0", "p3 REPORTS_TO p2 0.0",
				"p5 REPORTS_TO p2 0.0", "p4 REPORTS_TO p3 0.0", "p2 INFLUENCES p1 0.8", "p3 INFLUENCES p2 0.4",
				"p6 INFLUENCES p5 0.3", "p1 INFLUENCES p1 0.2", "p6 KNOWS p3 0.7", "p2 KNOWS p1 1.0",
				"p2 KNOWS p1 1.0");
		assertThat(ties(all.get("acc-star"))).containsExactlyInAnyOrder("s-l1 INFLUENCES s-d 0.4",
				"s-l2 INFLUENCES s-d 0.4", "s-l3 INFLUENCES s-d 0.2");
		assertThat(all.get("acc-empty").people()).isEmpty();
		assertThat(all.get("acc-empty").ties()).isEmpty();
		assertThat(ties(this.graphs.influence(List.of("acc-1")).get("acc-1"))).containsExactlyInAnyOrder(
				"p2 REPORTS_TO p1 0.0", "p3 REPORTS_TO p2 0.0", "p5 REPORTS_TO p2 0.0", "p4 REPORTS_TO p3 0.0",
				"p2 INFLUENCES p1 0.8", "p3 INFLUENCES p2 0.4", "p6 INFLUENCES p5 0.3", "p1 INFLUENCES p1 0.2");
	}

	@Test
	void relationshipClassesDerivedFromEvidence() {
		TestNeo4j.load("fixtures/relationships.cypher");
		// Gamma Bus: only an open deal; Zhao Min has two POSITIVE personal interactions within 180 days, Qian Hao
		// one. Nobody has a level: members by name.
		var chain = this.graphQl.documentName("decisionChainMembersCoverage").variable("accountId", "acc-gamma").execute();
		chain.path("decisionChain.members[*].person.id")
			.entityList(String.class)
			.containsExactly("p-li", "p-qian", "p-zhao", "p-zheng");
		chain.path("decisionChain.members[*].relationship")
			.entityList(String.class)
			.containsExactly("OUTSIDER", "OUTSIDER", "FRIEND", "OUTSIDER");
		// roles USER, DECIDER, INFLUENCER, EVALUATOR; only INFLUENCER (Zhao Min, weight 0.3 of 1.0) is covered
		chain.path("decisionChain.coverage.wide")
			.entity(Double.class)
			.satisfies(w -> assertThat(w).isCloseTo(0.25, within(1e-12)));
		chain.path("decisionChain.coverage.high").valueIsNull();
		chain.path("decisionChain.coverage.deep")
			.entity(Double.class)
			.satisfies(d -> assertThat(d).isCloseTo(0.3, within(1e-12)));
		chain.path("decisionChain.coverage.gaps")
			.entityList(String.class)
			.containsExactly("USER held only by outsiders: Li Qiang", "DECIDER held only by outsiders: Qian Hao",
					"EVALUATOR held only by outsiders: Zheng Yi");
		// Alpha Logistics is signed: Wang Fang (two POSITIVE personal interactions) PARTNER, Chen Jun SUPPLIER
		this.graphQl.documentName("decisionChainMembers").variable("accountId", "acc-alpha")
			.execute()
			.path("decisionChain.members[*].relationship")
			.entityList(String.class)
			.containsExactly("SUPPLIER", "PARTNER");
	}

	private static List<String> ties(DecisionGraph graph) {
		return graph.ties()
			.stream()
			.map(t -> t.fromId() + " " + t.type() + " " + t.toId() + " " + t.weight())
			.toList();
	}

}
