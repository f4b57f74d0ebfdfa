package org.guanxi.stakeholder.chain;

import java.util.List;
import java.util.Map;

import org.guanxi.core.Text;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.chain.internal.ChainAnalysis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.guanxi.stakeholder.RelationshipClass.FRIEND;
import static org.guanxi.stakeholder.RelationshipClass.OUTSIDER;
import static org.guanxi.stakeholder.RelationshipClass.PARTNER;
import static org.guanxi.stakeholder.RelationshipClass.SUPPLIER;

class ChainAnalysisTests {

	/** The account of the GraphQL tests (fixtures/decision-chain.cypher), in memory. */
	static TestGraphs account() {
		return new TestGraphs().add(TestGraphs.person("p1", "Wang Qiang", 1, 0.5, false, "DECIDER"))
			.add(TestGraphs.person("p2", "Li Ming", 2, 0.2, false, "INFLUENCER", "EVALUATOR"))
			.add(TestGraphs.person("p3", "Zhao Lei", 3, 0.1, false, "USER"))
			.add(TestGraphs.person("p4", "Chen Jing", 4, 0.0, true, "GATEKEEPER", "USER"))
			.add(TestGraphs.person("p5", "Sun Li", 3, 0.2, false, "BUYER"))
			.add(TestGraphs.person("p6", "Zhou Min", 5, 0.0, false, "USER"))
			.reportsTo("p2", "p1")
			.reportsTo("p3", "p2")
			.reportsTo("p5", "p2")
			.reportsTo("p4", "p3")
			.influences("p2", "p1", 0.8)
			.influences("p3", "p2", 0.4)
			.influences("p6", "p5", 0.3)
			.knows("p6", "p3", 0.7)
			.knows("p2", "p1", 1.0);
	}

	static final Map<String, RelationshipClass> CLASSES = Map.of("p1", OUTSIDER, "p2", FRIEND, "p3", SUPPLIER, "p4",
			PARTNER, "p5", OUTSIDER, "p6", FRIEND);

	private final ChainAnalysis analysis = new ChainAnalysis(account().graph(), CLASSES,
			DecisionChainSettings.defaults());

	@Test
	void coverageHighWideDeep() {
		Coverage coverage = this.analysis.coverage();
		// 6 roles present; BUYER (Sun Li) and DECIDER (Wang Qiang) held only by outsiders
		assertThat(coverage.wide()).isCloseTo(4.0 / 6, within(1e-12));
		assertThat(coverage.high()).isEqualTo(2);
		// weights 0.5 + 0.2 + 0.1 + 0 + 0.2 + 0 = 1.0, of which non-outsiders 0.2 + 0.1 + 0 + 0 = 0.3
		assertThat(coverage.deep()).isCloseTo(0.3, within(1e-12));
		assertThat(coverage.gaps()).extracting(Text::toString).containsExactly("BUYER held only by outsiders: Sun Li",
				"DECIDER held only by outsiders: Wang Qiang");
	}

	@Test
	void coverageOfAnAccountWithoutPeople() {
		Coverage coverage = new ChainAnalysis(new TestGraphs().graph(), Map.of(), DecisionChainSettings.defaults())
			.coverage();
		assertThat(coverage).isEqualTo(new Coverage(0, null, 0, List.of(Text.of("gap.noInsider"))));
		assertThat(coverage.gaps()).extracting(Text::toString).containsExactly("no insider");
	}

	@Test
	void coverageWhenWeAreOutsidersToEveryone() {
		TestGraphs g = new TestGraphs().add(TestGraphs.person("d", "Dong", 1, 0, false, "DECIDER"))
			.add(TestGraphs.person("e", "Bai", 2, 0, false, "DECIDER", "USER"))
			.add(TestGraphs.person("f", "An", null, 0, false));
		Coverage coverage = new ChainAnalysis(g.graph(), Map.of(), DecisionChainSettings.defaults()).coverage();
		assertThat(coverage.wide()).isZero();
		assertThat(coverage.high()).isNull();
		assertThat(coverage.deep()).isZero();
		assertThat(coverage.gaps()).extracting(Text::toString).containsExactly("USER held only by outsiders: Bai",
				"DECIDER held only by outsiders: Bai, Dong", "no insider");
	}

	@Test
	void deepIsDecisionWeighted() {
		TestGraphs g = new TestGraphs().add(TestGraphs.person("a", "A", 3, 0.6, true, "USER"))
			.add(TestGraphs.person("b", "B", null, 0.3, false, "USER"))
			.add(TestGraphs.person("c", "C", 2, 0.1, false, "BUYER"));
		Coverage coverage = new ChainAnalysis(g.graph(), Map.of("b", PARTNER, "c", OUTSIDER),
				DecisionChainSettings.defaults())
			.coverage();
		assertThat(coverage.deep()).isCloseTo(0.3, within(1e-12));
		assertThat(coverage.wide()).isCloseTo(0.5, within(1e-12));
		assertThat(coverage.high()).isNull();
		assertThat(coverage.gaps()).extracting(Text::toString).containsExactly("BUYER held only by outsiders: C");
	}

	@Test
	void rolesInEnumOrderHoldersByDecisionWeight() {
		assertThat(this.analysis.roles()).extracting(RoleSlot::role)
			.containsExactly("GATEKEEPER", "USER", "BUYER", "DECIDER", "INFLUENCER", "EVALUATOR");
		assertThat(this.analysis.roles().get(1).people()).extracting(Person::id).containsExactly("p3", "p4", "p6");
	}

	@Test
	void insiderCandidatesMeetEveryRuleBestFirst() {
		List<InsiderCandidate> candidates = this.analysis.insiderCandidates();
		assertThat(candidates).extracting(c -> c.person().id()).containsExactly("p6", "p3");
		// Zhou Min: FRIEND (1.0), 2 of the most 3 ties; Zhao Lei: SUPPLIER (0.5), 3 ties
		assertThat(candidates.get(0).score()).isCloseTo(0.5 + 0.5 * 2 / 3, within(1e-12));
		assertThat(candidates.get(1).score()).isCloseTo(0.25 + 0.5, within(1e-12));
		assertThat(candidates.get(1).reasons()).extracting(Text::toString).containsExactly(
				"level 3: 2 or more steps below the top, not senior", "relationship SUPPLIER: not an outsider to us",
				"well connected: tied to 3 people of the account (2 by reporting lines, 1 by influence, 1 socially)",
				"not a DECIDER: no conflict of interest with the deciders");
	}

	@Test
	void reportingTreeRootsFirstInTreeOrder() {
		List<ReportingNode> tree = this.analysis.reportingTree();
		assertThat(tree).extracting(n -> n.person().id()).containsExactly("p1", "p2", "p5", "p3", "p4", "p6");
		assertThat(tree).extracting(ReportingNode::depth).containsExactly(0, 1, 2, 2, 3, 0);
		assertThat(tree).extracting(ReportingNode::managerId).containsExactly(null, "p1", "p2", "p2", "p3", null);
		assertThat(tree).extracting(ReportingNode::directReports).containsExactly(1, 2, 0, 1, 0, 0);
	}

	@Test
	void reportingCyclesDoNotHang() {
		TestGraphs g = new TestGraphs().add(TestGraphs.person("a", "A", 1, 0, false))
			.add(TestGraphs.person("b", "B", 2, 0, false))
			.reportsTo("a", "b")
			.reportsTo("b", "a");
		assertThat(new ChainAnalysis(g.graph(), Map.of(), DecisionChainSettings.defaults()).reportingTree())
			.extracting(n -> n.person().id() + "@" + n.depth())
			.containsExactly("a@0", "b@1");
	}

}
