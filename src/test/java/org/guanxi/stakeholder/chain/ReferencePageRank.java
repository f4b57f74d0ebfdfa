package org.guanxi.stakeholder.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent, deliberately plain computation of the influence score of design.md, for the tests: a dense
 * transition matrix of the reversed graph and a fixed number of power iterations.
 */
public final class ReferencePageRank {

	private final List<String> ids = new ArrayList<>();

	private final Map<String, Double> decisionWeight = new HashMap<>();

	/** Original direction: from sways to. */
	private final List<Object[]> influences = new ArrayList<>();

	/** report, manager. */
	private final List<String[]> reportsTo = new ArrayList<>();

	public ReferencePageRank person(String id, double weight) {
		this.ids.add(id);
		this.decisionWeight.put(id, weight);
		return this;
	}

	public ReferencePageRank influences(String from, String to, double weight) {
		this.influences.add(new Object[] { from, to, weight });
		return this;
	}

	public ReferencePageRank reportsTo(String report, String manager) {
		this.reportsTo.add(new String[] { report, manager });
		return this;
	}

	/** Scores by person id, with damping 0.85 and reporting lines of weight 0.5. */
	public Map<String, Double> scores() {
		return scores(0.85, 0.5);
	}

	public Map<String, Double> scores(double d, double reportsWeight) {
		int n = this.ids.size();
		// flow[v][u]: weight with which v hands standing to u (v is swayed by u)
		double[][] flow = new double[n][n];
		for (Object[] e : this.influences) {
			int u = this.ids.indexOf(e[0]);
			int v = this.ids.indexOf(e[1]);
			double w = (Double) e[2];
			if (w > 0) {
				flow[v][u] += w;
			}
		}
		for (String[] r : this.reportsTo) {
			int report = this.ids.indexOf(r[0]);
			int manager = this.ids.indexOf(r[1]);
			if (reportsWeight > 0) {
				// the manager sways the report: the report hands standing to the manager
				flow[report][manager] += reportsWeight;
			}
		}
		double[] p = new double[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			p[i] = this.decisionWeight.get(this.ids.get(i));
			total += p[i];
		}
		for (int i = 0; i < n; i++) {
			p[i] = total == 0 ? 1.0 / n : p[i] / total;
		}
		double[] s = new double[n];
		java.util.Arrays.fill(s, 1.0 / n);
		double[] outs = new double[n];
		for (int v = 0; v < n; v++) {
			for (int u = 0; u < n; u++) {
				outs[v] += flow[v][u];
			}
		}
		for (int iteration = 0; iteration < 3000; iteration++) {
			double[] next = new double[n];
			double dangling = 0;
			for (int v = 0; v < n; v++) {
				double out = outs[v];
				if (out == 0) {
					dangling += s[v];
					continue;
				}
				for (int u = 0; u < n; u++) {
					next[u] += d * s[v] * flow[v][u] / out;
				}
			}
			for (int u = 0; u < n; u++) {
				next[u] += (1 - d) * p[u] + d * dangling * p[u];
			}
			s = next;
		}
		Map<String, Double> scores = new HashMap<>();
		for (int i = 0; i < n; i++) {
			scores.put(this.ids.get(i), s[i]);
		}
		return scores;
	}

}
