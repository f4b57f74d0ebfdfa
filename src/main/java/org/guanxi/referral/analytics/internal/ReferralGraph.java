package org.guanxi.referral.analytics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole book's {@code REFERRED} edges in compact arrays, for whole-book rankings: the tree totals of every
 * source in one pass. Gives the same totals as {@link ReferralBfs} with {@link TreeTotals} (shortest depth,
 * each node once, the source never counted).
 */
public final class ReferralGraph {

	private final Map<String, Integer> index = new HashMap<>();

	private final List<String> refs = new ArrayList<>();

	private final List<String> ids = new ArrayList<>();

	private int[][] out = new int[0][];

	private int[] outSize = new int[0];

	private double[] revenue = new double[0];

	private int[] seen = new int[0];

	private int[] depth = new int[0];

	private int[] queue = new int[0];

	private int walks;

	/** Adds an edge between two nodes named by element id; {@code fromId} is the source's {@code id}. */
	public void edge(String from, String fromId, String to) {
		int f = node(from, fromId);
		int t = node(to, null);
		if (this.out[f] == null) {
			this.out[f] = new int[2];
		}
		else if (this.outSize[f] == this.out[f].length) {
			this.out[f] = Arrays.copyOf(this.out[f], this.out[f].length * 2);
		}
		this.out[f][this.outSize[f]++] = t;
	}

	/** Sets the revenue of a node (ignored when the node has no edge). */
	public void revenue(String ref, double amount) {
		Integer i = this.index.get(ref);
		if (i != null) {
			this.revenue[i] = amount;
		}
	}

	/** The element ids of the nodes with at least one outgoing edge. */
	public List<String> sources() {
		List<String> sources = new ArrayList<>();
		for (int i = 0; i < this.refs.size(); i++) {
			if (this.outSize[i] > 0) {
				sources.add(this.refs.get(i));
			}
		}
		return sources;
	}

	/** The {@code id} of a source. */
	public String id(String ref) {
		return this.ids.get(this.index.get(ref));
	}

	/** The tree totals of one source up to a depth. Not thread-safe (reuses its scratch arrays). */
	public TreeTotals totals(String sourceRef, int maxDepth, double decay) {
		int n = this.refs.size();
		if (this.seen.length < n) {
			this.seen = new int[n];
			this.depth = new int[n];
			this.queue = new int[n];
		}
		int mark = ++this.walks;
		int source = this.index.get(sourceRef);
		this.seen[source] = mark;
		this.depth[source] = 0;
		int head = 0;
		int tail = 0;
		this.queue[tail++] = source;
		int direct = 0;
		double directRevenue = 0;
		double indirectRevenue = 0;
		while (head < tail) {
			int node = this.queue[head++];
			int d = this.depth[node] + 1;
			if (d > maxDepth) {
				continue;
			}
			for (int k = 0; k < this.outSize[node]; k++) {
				int next = this.out[node][k];
				if (this.seen[next] == mark) {
					continue;
				}
				this.seen[next] = mark;
				this.depth[next] = d;
				this.queue[tail++] = next;
				if (d == 1) {
					direct++;
					directRevenue += this.revenue[next];
				}
				else {
					indirectRevenue += this.revenue[next] * Math.pow(decay, d - 1);
				}
			}
		}
		return new TreeTotals(direct, tail - 1, directRevenue, indirectRevenue);
	}

	private int node(String ref, String id) {
		Integer i = this.index.get(ref);
		if (i == null) {
			i = this.refs.size();
			this.index.put(ref, i);
			this.refs.add(ref);
			this.ids.add(id);
			if (i == this.out.length) {
				int size = Math.max(16, i * 2);
				this.out = Arrays.copyOf(this.out, size);
				this.outSize = Arrays.copyOf(this.outSize, size);
				this.revenue = Arrays.copyOf(this.revenue, size);
			}
		}
		else if (id != null && this.ids.get(i) == null) {
			this.ids.set(i, id);
		}
		return i;
	}

}
