package org.guanxi.stakeholder.chain.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.chain.InfluenceSettings;

/**
 * Builds the influence graph of design.md from a decision graph and ranks it: an edge u -> v of weight w for
 * each {@code (u)-[:INFLUENCES {weight: w}]->(v)}, an edge b -> a of weight {@code reportsToWeight} for each
 * {@code (a)-[:REPORTS_TO]->(b)}; KNOWS ties play no part.
 */
public final class Influence {

	private Influence() {
	}

	/** The personalized PageRank of the graph's people, indexed as in {@link DecisionGraph#people()}. */
	public static PersonalizedPageRank.Result rank(DecisionGraph graph, InfluenceSettings settings) {
		Map<String, Integer> index = graph.indexes();
		List<int[]> edges = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		for (DecisionGraph.Tie tie : graph.ties()) {
			Integer from = index.get(tie.fromId());
			Integer to = index.get(tie.toId());
			if (from == null || to == null) {
				continue;
			}
			if (DecisionGraph.INFLUENCES.equals(tie.type())) {
				edges.add(new int[] { from, to });
				weights.add(tie.weight() == null ? 0.0 : tie.weight());
			}
			else if (DecisionGraph.REPORTS_TO.equals(tie.type())) {
				edges.add(new int[] { to, from });
				weights.add(settings.reportsToWeight());
			}
		}
		int[] sources = new int[edges.size()];
		int[] targets = new int[edges.size()];
		double[] w = new double[edges.size()];
		for (int e = 0; e < edges.size(); e++) {
			sources[e] = edges.get(e)[0];
			targets[e] = edges.get(e)[1];
			w[e] = weights.get(e);
		}
		double[] decisionWeights = graph.people().stream().mapToDouble(Person::decisionWeight).toArray();
		return PersonalizedPageRank.of(decisionWeights, sources, targets, w, settings.damping())
			.solve(settings.tolerance(), settings.maxIterations());
	}

}
