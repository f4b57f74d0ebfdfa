package org.guanxi.stakeholder.chain.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Personalized PageRank over the reversed influence graph, as defined in docs/decision-chain.md.
 * <p>
 * Nodes are {@code 0..n-1}. Ties are given in their <em>influence</em> direction: {@code from} sways {@code to}
 * with a weight. Standing flows the other way: a node hands its score to the nodes that sway it, in proportion to
 * the weights (parallel ties add up). Ties of weight 0 or less are ignored, so a node swayed by no one (or only
 * with weight 0) is dangling: its score goes back to everyone in proportion to the personalization, as does the
 * teleport share {@code 1 - damping}. The personalization is the decision weights (negative or NaN count as 0),
 * uniform when they are all 0. Scores sum to 1.
 */
public final class PersonalizedPageRank {

	private final int n;

	private final double damping;

	private final double[] personalization;

	/** Reversed-graph adjacency: for each node, the nodes that sway it and the summed weights. */
	private final int[][] targets;

	private final double[][] weights;

	private final double[] outWeight;

	private PersonalizedPageRank(int n, double damping, double[] personalization, int[][] targets,
			double[][] weights, double[] outWeight) {
		this.n = n;
		this.damping = damping;
		this.personalization = personalization;
		this.targets = targets;
		this.weights = weights;
		this.outWeight = outWeight;
	}

	/**
	 * The ranking problem.
	 * @param decisionWeights the personalization, one per node
	 * @param from the swaying end of each tie
	 * @param to the swayed end of each tie
	 * @param weight the weight of each tie
	 * @param damping the damping factor, in [0, 1)
	 */
	public static PersonalizedPageRank of(double[] decisionWeights, int[] from, int[] to, double[] weight,
			double damping) {
		if (!(damping >= 0 && damping < 1)) {
			throw new IllegalArgumentException("damping must be in [0, 1), got " + damping);
		}
		int n = decisionWeights.length;
		List<Map<Integer, Double>> summed = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			summed.add(new TreeMap<>());
		}
		for (int e : canonicalOrder(from, to, weight)) {
			if (weight[e] > 0) {
				summed.get(to[e]).merge(from[e], weight[e], Double::sum);
			}
		}
		int[][] targets = new int[n][];
		double[][] weights = new double[n][];
		double[] outWeight = new double[n];
		for (int v = 0; v < n; v++) {
			Map<Integer, Double> row = summed.get(v);
			targets[v] = new int[row.size()];
			weights[v] = new double[row.size()];
			int k = 0;
			for (Map.Entry<Integer, Double> entry : row.entrySet()) {
				targets[v][k] = entry.getKey();
				weights[v][k] = entry.getValue();
				outWeight[v] += entry.getValue();
				k++;
			}
		}
		return new PersonalizedPageRank(n, damping, normalized(decisionWeights), targets, weights, outWeight);
	}

	/**
	 * The ties sorted by their ends and weight. Sums of floating-point numbers depend on their order in the last
	 * bits: summing in this order makes the scores a function of the ties alone, not of the order the database
	 * happens to return them in (which changes when a book is exported and imported again).
	 */
	private static int[] canonicalOrder(int[] from, int[] to, double[] weight) {
		return IntStream.range(0, from.length)
			.boxed()
			.sorted(Comparator.<Integer>comparingInt(e -> to[e])
				.thenComparingInt(e -> from[e])
				.thenComparingDouble(e -> weight[e]))
			.mapToInt(Integer::intValue)
			.toArray();
	}

	private static double[] normalized(double[] raw) {
		double[] p = new double[raw.length];
		double total = 0;
		for (int i = 0; i < raw.length; i++) {
			p[i] = raw[i] > 0 ? raw[i] : 0;
			total += p[i];
		}
		if (total == 0) {
			Arrays.fill(p, 1.0 / Math.max(1, raw.length));
			return p;
		}
		for (int i = 0; i < p.length; i++) {
			p[i] /= total;
		}
		return p;
	}

	/**
	 * Iterates from the personalization until the L1 change of an iteration is below {@code tolerance} or
	 * {@code maxIterations} are done.
	 */
	public Result solve(double tolerance, int maxIterations) {
		double[] score = this.personalization.clone();
		double[] next = new double[this.n];
		int iterations = 0;
		double change = Double.POSITIVE_INFINITY;
		while (this.n > 0 && change >= tolerance && iterations < maxIterations) {
			step(score, next);
			change = 0;
			for (int i = 0; i < this.n; i++) {
				change += Math.abs(next[i] - score[i]);
			}
			double[] swap = score;
			score = next;
			next = swap;
			iterations++;
		}
		normalize(score);
		return new Result(score, iterations, change);
	}

	private void step(double[] score, double[] next) {
		double dangling = danglingMass(score);
		for (int i = 0; i < this.n; i++) {
			next[i] = (1 - this.damping + this.damping * dangling) * this.personalization[i];
		}
		for (int v = 0; v < this.n; v++) {
			if (this.outWeight[v] == 0 || score[v] == 0) {
				continue;
			}
			double share = this.damping * score[v] / this.outWeight[v];
			int[] to = this.targets[v];
			double[] w = this.weights[v];
			for (int k = 0; k < to.length; k++) {
				next[to[k]] += share * w[k];
			}
		}
	}

	private double danglingMass(double[] score) {
		double dangling = 0;
		for (int v = 0; v < this.n; v++) {
			if (this.outWeight[v] == 0) {
				dangling += score[v];
			}
		}
		return dangling;
	}

	private static void normalize(double[] score) {
		double total = 0;
		for (double s : score) {
			total += s;
		}
		if (total > 0) {
			for (int i = 0; i < score.length; i++) {
				score[i] /= total;
			}
		}
	}

	/** One node's standing received from another, as a share of the receiving node's score. */
	public record Contribution(int from, double share) {
	}

	/** The scores and, on demand, what each is made of. */
	public final class Result {

		private final double[] scores;

		private final int iterations;

		private final double lastChange;

		private final double dangling;

		private Result(double[] scores, int iterations, double lastChange) {
			this.scores = scores;
			this.iterations = iterations;
			this.lastChange = lastChange;
			this.dangling = danglingMass(scores);
		}

		public double score(int node) {
			return this.scores[node];
		}

		public double[] scores() {
			return this.scores.clone();
		}

		public int iterations() {
			return this.iterations;
		}

		public double lastChange() {
			return this.lastChange;
		}

		/**
		 * The share of the node's score that comes from teleport and dangling redistribution, that is from the
		 * decision weights: {@code ((1 - d) + d * D) * p[node] / score[node]}; 0 when the score is 0.
		 */
		public double ownWeightShare(int node) {
			double s = this.scores[node];
			if (s == 0) {
				return 0;
			}
			return (1 - damping + damping * this.dangling) * personalization[node] / s;
		}

		/**
		 * The nodes this node draws standing from, with {@code d * score[u] * w(u -> node) / out(u)} as a share
		 * of its score, largest first (ties by node index), at most {@code limit}; zero shares left out.
		 */
		public List<Contribution> sources(int node, int limit) {
			double s = this.scores[node];
			List<Contribution> found = new ArrayList<>();
			if (s == 0) {
				return found;
			}
			for (int u = 0; u < n; u++) {
				if (outWeight[u] == 0 || this.scores[u] == 0) {
					continue;
				}
				double w = weightTo(u, node);
				if (w > 0) {
					found.add(new Contribution(u, damping * this.scores[u] * w / outWeight[u] / s));
				}
			}
			found.sort(Comparator.comparingDouble(Contribution::share).reversed().thenComparingInt(Contribution::from));
			return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
		}

		private double weightTo(int u, int node) {
			int[] to = targets[u];
			for (int k = 0; k < to.length; k++) {
				if (to[k] == node) {
					return weights[u][k];
				}
			}
			return 0;
		}

	}

}
