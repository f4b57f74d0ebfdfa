package org.guanxi.stakeholder.chain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.guanxi.stakeholder.chain.internal.DecisionGraph;
import org.guanxi.stakeholder.chain.internal.Influence;
import org.guanxi.stakeholder.chain.internal.PersonalizedPageRank;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InfluenceTests {

	private static final InfluenceSettings DEFAULTS = InfluenceSettings.defaults();

	@Test
	void chainHandsStandingUpToWhoeverSwaysTheDecider() {
		// a sways b, b sways c; only c has decision weight. By hand: s_c = 1 / (1 + 0.85 + 0.85^2).
		TestGraphs g = new TestGraphs().person("a", 0).person("b", 0).person("c", 1)
			.influences("a", "b", 1.0)
			.influences("b", "c", 1.0);
		Map<String, Double> s = scores(g.graph());
		assertThat(s.get("c")).isCloseTo(1 / 2.5725, within(1e-9));
		assertThat(s.get("b")).isCloseTo(0.85 / 2.5725, within(1e-9));
		assertThat(s.get("a")).isCloseTo(0.7225 / 2.5725, within(1e-9));
		matchesReference(g.graph(), new ReferencePageRank().person("a", 0).person("b", 0).person("c", 1)
			.influences("a", "b", 1.0)
			.influences("b", "c", 1.0));

		PersonalizedPageRank.Result result = Influence.rank(g.graph(), DEFAULTS);
		assertThat(result.ownWeightShare(2)).isCloseTo(1.0, within(1e-9));
		assertThat(result.ownWeightShare(0)).isZero();
		assertThat(result.sources(0, 3)).singleElement().satisfies(c -> {
			assertThat(c.from()).isEqualTo(1);
			assertThat(c.share()).isCloseTo(1.0, within(1e-9));
		});
	}

	@Test
	void starAroundTheDecider() {
		// l1, l2, l3 sway d (0.4, 0.4, 0.2); d holds all the decision weight. The leaves are dangling.
		// By hand: s_d = 0.15 / (1 - 0.85^2) = 20/37, s_li = 0.85 * s_d * w_i.
		TestGraphs g = new TestGraphs().person("d", 1).person("l1", 0).person("l2", 0).person("l3", 0)
			.influences("l1", "d", 0.4)
			.influences("l2", "d", 0.4)
			.influences("l3", "d", 0.2);
		Map<String, Double> s = scores(g.graph());
		assertThat(s.get("d")).isCloseTo(20.0 / 37, within(1e-9));
		assertThat(s.get("l1")).isCloseTo(6.8 / 37, within(1e-9));
		assertThat(s.get("l2")).isCloseTo(6.8 / 37, within(1e-9));
		assertThat(s.get("l3")).isCloseTo(3.4 / 37, within(1e-9));
		PersonalizedPageRank.Result result = Influence.rank(g.graph(), DEFAULTS);
		assertThat(result.ownWeightShare(0)).isCloseTo(1.0, within(1e-9));
		assertThat(result.sources(0, 3)).isEmpty();
		assertThat(result.sources(1, 3)).singleElement()
			.satisfies(c -> assertThat(c.share()).isCloseTo(1.0, within(1e-9)));
	}

	@Test
	void starWithReportingLinesMatchesTheReference() {
		TestGraphs g = new TestGraphs().person("d", 0.6).person("l1", 0.1).person("l2", 0.1).person("l3", 0.2)
			.influences("l1", "d", 0.9)
			.influences("l2", "d", 0.3)
			.influences("l3", "d", 0.5)
			.reportsTo("l1", "d")
			.reportsTo("l2", "d")
			.reportsTo("l3", "l1");
		matchesReference(g.graph(), new ReferencePageRank().person("d", 0.6).person("l1", 0.1).person("l2", 0.1)
			.person("l3", 0.2)
			.influences("l1", "d", 0.9)
			.influences("l2", "d", 0.3)
			.influences("l3", "d", 0.5)
			.reportsTo("l1", "d")
			.reportsTo("l2", "d")
			.reportsTo("l3", "l1"));
	}

	@Test
	void danglingNodeAndZeroWeights() {
		// a -> b has weight 0 (ignored), b -> c weight 1, d is alone; all decision weights are 0 (uniform).
		// By hand: x = 20/97 for a, c, d and s_b = 37/97.
		TestGraphs g = new TestGraphs().person("a", 0).person("b", 0).person("c", 0).person("d", 0)
			.influences("a", "b", 0.0)
			.influences("b", "c", 1.0);
		Map<String, Double> s = scores(g.graph());
		assertThat(s.get("a")).isCloseTo(20.0 / 97, within(1e-9));
		assertThat(s.get("c")).isCloseTo(20.0 / 97, within(1e-9));
		assertThat(s.get("d")).isCloseTo(20.0 / 97, within(1e-9));
		assertThat(s.get("b")).isCloseTo(37.0 / 97, within(1e-9));
		matchesReference(g.graph(), new ReferencePageRank().person("a", 0).person("b", 0).person("c", 0)
			.person("d", 0)
			.influences("a", "b", 0.0)
			.influences("b", "c", 1.0));
	}

	@Test
	void parallelTiesAddUp() {
		TestGraphs g = new TestGraphs().person("a", 0.5).person("b", 0.5).person("c", 0)
			.influences("a", "b", 0.3)
			.reportsTo("b", "a")
			.influences("c", "b", 0.2);
		matchesReference(g.graph(), new ReferencePageRank().person("a", 0.5).person("b", 0.5).person("c", 0)
			.influences("a", "b", 0.3)
			.reportsTo("b", "a")
			.influences("c", "b", 0.2));
	}

	@Test
	void randomGraphOf200PeopleMatchesAPlainPowerIteration() {
		Random random = new Random(42);
		TestGraphs g = new TestGraphs();
		ReferencePageRank reference = new ReferencePageRank();
		int n = 200;
		for (int i = 0; i < n; i++) {
			double weight = random.nextInt(4) == 0 ? 0 : random.nextDouble();
			g.person("p" + i, weight);
			reference.person("p" + i, weight);
		}
		for (int i = 1; i < n; i++) {
			String manager = "p" + random.nextInt(i);
			g.reportsTo("p" + i, manager);
			reference.reportsTo("p" + i, manager);
		}
		for (int e = 0; e < 800; e++) {
			String from = "p" + random.nextInt(n);
			String to = "p" + random.nextInt(n);
			double weight = random.nextInt(10) == 0 ? 0 : Math.round(random.nextDouble() * 100) / 100.0;
			g.influences(from, to, weight);
			reference.influences(from, to, weight);
		}
		matchesReference(g.graph(), reference);

		PersonalizedPageRank.Result result = Influence.rank(g.graph(), DEFAULTS);
		for (int i = 0; i < n; i++) {
			double explained = result.ownWeightShare(i)
					+ result.sources(i, n).stream().mapToDouble(PersonalizedPageRank.Contribution::share).sum();
			assertThat(explained).isCloseTo(1.0, within(1e-9));
		}
	}

	@Test
	void scoresDoNotDependOnTheOrderTheTiesComeIn() {
		Random random = new Random(7);
		TestGraphs g = new TestGraphs();
		int n = 60;
		for (int i = 0; i < n; i++) {
			g.person("p" + i, random.nextInt(4) == 0 ? 0 : random.nextDouble());
		}
		for (int e = 0; e < 600; e++) {
			g.influences("p" + random.nextInt(n), "p" + random.nextInt(n), Math.round(random.nextDouble() * 100) / 100.0);
		}
		DecisionGraph graph = g.graph();
		List<DecisionGraph.Tie> shuffled = new java.util.ArrayList<>(graph.ties());
		java.util.Collections.shuffle(shuffled, new Random(11));
		DecisionGraph same = new DecisionGraph(graph.account(), graph.people(), shuffled);

		double[] scores = Influence.rank(graph, DEFAULTS).scores();
		double[] again = Influence.rank(same, DEFAULTS).scores();
		for (int i = 0; i < n; i++) {
			assertThat(again[i]).as("p" + i).isEqualTo(scores[i]);
		}
	}

	@Test
	void reportingWeightIsASetting() {
		TestGraphs g = new TestGraphs().person("a", 1).person("b", 0).reportsTo("b", "a").influences("b", "a", 1.0);
		InfluenceSettings settings = new InfluenceSettings(2.0, 0.7, 1e-12, 1000, 3);
		Map<String, Double> s = scores(g.graph(), settings);
		Map<String, Double> expected = new ReferencePageRank().person("a", 1).person("b", 0)
			.reportsTo("b", "a")
			.influences("b", "a", 1.0)
			.scores(0.7, 2.0);
		assertThat(s.get("a")).isCloseTo(expected.get("a"), within(1e-9));
		assertThat(s.get("b")).isCloseTo(expected.get("b"), within(1e-9));
	}

	@Test
	void emptyAccountHasNoScores() {
		assertThat(Influence.rank(new TestGraphs().graph(), DEFAULTS).scores()).isEmpty();
	}

	private static void matchesReference(DecisionGraph graph, ReferencePageRank reference) {
		Map<String, Double> actual = scores(graph);
		Map<String, Double> expected = reference.scores();
		assertThat(actual.keySet()).isEqualTo(expected.keySet());
		expected.forEach((id, score) -> assertThat(actual.get(id)).as(id).isCloseTo(score, within(1e-9)));
		assertThat(actual.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
	}

	private static Map<String, Double> scores(DecisionGraph graph) {
		return scores(graph, DEFAULTS);
	}

	private static Map<String, Double> scores(DecisionGraph graph, InfluenceSettings settings) {
		double[] s = Influence.rank(graph, settings).scores();
		Map<String, Double> byId = new HashMap<>();
		List<org.guanxi.stakeholder.Person> people = graph.people();
		for (int i = 0; i < people.size(); i++) {
			byId.put(people.get(i).id(), s[i]);
		}
		return byId;
	}

}
